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
import java.util.Optional;
import java.util.UUID;

/** Creates a company at {@code /companies/new} or edits one at {@code /companies/:id/edit}. */
@Route("companies/new")
@RouteAlias("companies/:id/edit")
@RolesAllowed("RECRUITER") // admins too: their authorities include every role below theirs
class CompanyFormView extends RecordFormView<CompanySummary, CompanyDraft> {

    private final CompanyService companies;

    CompanyFormView(CompanyService companies, OrganizationService organizations, CurrentTenant currentTenant) {
        super("company", "companies", CompanyDraft.class, CompanySummary::id, CompanySummary::name);
        this.companies = companies;
        addClassName("company-form-view");
        var name = requiredText("Name", 200);
        var website = new TextField("Website");
        website.setPlaceholder("acme.example");
        var industry = new TextField("Industry");
        industry.setMaxLength(100);
        var location = new TextField("Location");
        location.setMaxLength(200);
        var status = new Select<CompanyStatus>();
        status.setLabel("Status");
        status.setItems(CompanyStatus.values());
        status.setItemLabelGenerator(Display::label);
        status.setValue(CompanyStatus.PROSPECT);
        status.setHelperText("Make a prospect a client once they give the firm a job");
        var owner = new OwnerField("Owner", organizations, currentTenant);

        binder.bind(name, "name");
        binder.bind(website, "website");
        binder.bind(industry, "industry");
        binder.bind(location, "location");
        binder.bind(status, "status");
        binder.forField(owner).withConverter(owner.ownerIds()).bind("ownerId");
        addSections(columns(name, website, industry, location, status, owner));
    }

    @Override
    protected Optional<CompanySummary> find(UUID id) {
        return companies.find(id);
    }

    @Override
    protected CompanyDraft draftOf(CompanySummary company) {
        return new CompanyDraft(company.name(), company.website(), company.industry(), company.location(),
                company.status(), company.ownerId());
    }

    @Override
    protected CompanySummary save(CompanySummary editing, CompanyDraft draft) {
        return editing == null ? companies.create(draft) : companies.update(editing.id(), editing.version(), draft);
    }
}
