package dev.wecruit.companies.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.wecruit.companies.CompanyDraft;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.RecordFormView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.ui.OwnerField;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Creates a company at {@code /companies/new} or edits one at {@code /companies/:id/edit}. */
@Route("companies/new")
@RouteAlias("companies/:id/edit")
@RolesAllowed("RECRUITER") // admins too: their authorities include every role below theirs
class CompanyFormView extends RecordFormView<CompanySummary> {

    private final CompanyService companies;
    private final TextField name = errors.bind("name", new TextField("Name"));
    private final TextField website = errors.bind("website", new TextField("Website"));
    private final TextField industry = errors.bind("industry", new TextField("Industry"));
    private final TextField location = errors.bind("location", new TextField("Location"));
    private final Select<CompanyStatus> status = errors.bind("status", new Select<>());
    private final OwnerField owner;

    CompanyFormView(CompanyService companies, OrganizationService organizations, CurrentTenant currentTenant) {
        super("company");
        this.companies = companies;
        addClassName("company-form-view");
        owner = errors.bind("ownerId", new OwnerField("Owner", organizations, currentTenant));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        website.setPlaceholder("acme.example");
        industry.setMaxLength(100);
        location.setMaxLength(200);
        status.setLabel("Status");
        status.setItems(CompanyStatus.values());
        status.setItemLabelGenerator(Display::label);
        status.setValue(CompanyStatus.PROSPECT);
        status.setHelperText("Make a prospect a client once they give the firm a job");
        addSections(columns(name, website, industry, location, status, owner));
    }

    @Override
    protected Optional<CompanySummary> find(UUID id) {
        return companies.find(id);
    }

    @Override
    protected UUID idOf(CompanySummary company) {
        return company.id();
    }

    @Override
    protected String nameOf(CompanySummary company) {
        return company.name();
    }

    @Override
    protected void show(CompanySummary company) {
        name.setValue(company.name());
        website.setValue(Objects.requireNonNullElse(company.website(), ""));
        industry.setValue(Objects.requireNonNullElse(company.industry(), ""));
        location.setValue(Objects.requireNonNullElse(company.location(), ""));
        status.setValue(company.status());
        owner.show(company.ownerId());
    }

    @Override
    protected CompanySummary save(CompanySummary editing) {
        var draft = new CompanyDraft(name.getValue(), website.getValue(), industry.getValue(), location.getValue(),
                status.getValue(), owner.ownerId());
        return editing == null ? companies.create(draft) : companies.update(editing.id(), editing.version(), draft);
    }

    @Override
    protected String pageOf(CompanySummary company) {
        return "companies/" + company.id();
    }

    @Override
    protected String whereNewFormsReturn() {
        return "companies";
    }
}
