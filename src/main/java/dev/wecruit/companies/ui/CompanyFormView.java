package dev.wecruit.companies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.wecruit.companies.CompanyDraft;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.FormErrors;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.shell.StaleNotice;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.ui.OwnerField;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a company at {@code /companies/new} or edits one at {@code /companies/:id/edit}; the service's messages
 * appear next to the fields, and an edit based on an old version is refused with a way to reload.
 */
@Route("companies/new")
@RouteAlias("companies/:id/edit")
@PermitAll
class CompanyFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;
    private final FormErrors errors = new FormErrors();
    private final H2 title = new H2("New company");
    private final TextField name = errors.bind("name", new TextField("Name"));
    private final TextField website = errors.bind("website", new TextField("Website"));
    private final TextField industry = errors.bind("industry", new TextField("Industry"));
    private final TextField location = errors.bind("location", new TextField("Location"));
    private final Select<CompanyStatus> status = errors.bind("status", new Select<>());
    private final OwnerField owner;
    private final StaleNotice staleNotice = new StaleNotice("company");
    private CompanySummary editing;

    CompanyFormView(CompanyService companies, OrganizationService organizations, CurrentTenant currentTenant) {
        this.companies = companies;
        addClassNames("form-view", "company-form-view");
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
        status.setHelperText("A prospect becomes a client when they give the firm a job");

        var layout = new FormLayout(name, website, industry, location, status, owner);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        var save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("form-save");
        var buttons = new Div(save, new Button("Cancel", click -> leave()));
        buttons.addClassName("form-buttons");
        add(title, staleNotice, errors.formError(), layout, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("id");
        if (id.isPresent()) {
            Optional<CompanySummary> found = RecordPageView.parseId(id.get()).flatMap(companies::find);
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class, "No such company in your firm");
                return;
            }
            show(found.get());
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Wecruit";
    }

    private void show(CompanySummary company) {
        editing = company;
        title.setText("Edit " + company.name());
        name.setValue(company.name());
        website.setValue(Objects.requireNonNullElse(company.website(), ""));
        industry.setValue(Objects.requireNonNullElse(company.industry(), ""));
        location.setValue(Objects.requireNonNullElse(company.location(), ""));
        status.setValue(company.status());
        owner.show(company.ownerId());
    }

    private void save() {
        var draft = new CompanyDraft(name.getValue(), website.getValue(), industry.getValue(), location.getValue(),
                status.getValue(), owner.ownerId());
        try {
            CompanySummary saved = editing == null ? companies.create(draft)
                    : companies.update(editing.id(), editing.version(), draft);
            errors.clear();
            getUI().ifPresent(ui -> ui.navigate("companies/" + saved.id()));
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        } catch (StaleRecordException e) {
            staleNotice.show(() -> companies.find(editing.id()).ifPresentOrElse(this::show, this::leave));
        }
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(editing == null ? "companies" : "companies/" + editing.id()));
    }
}
