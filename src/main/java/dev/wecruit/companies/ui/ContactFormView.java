package dev.wecruit.companies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.companies.ContactDraft;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.FormErrors;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.shell.StaleNotice;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Creates a contact at {@code /contacts/new} (from a company's page, {@code ?company=} names the company) or edits
 * one at {@code /contacts/:id/edit}.
 */
@Route("contacts/new")
@RouteAlias("contacts/:id/edit")
@PermitAll
class ContactFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;
    private final FormErrors errors = new FormErrors();
    private final H2 title = new H2("New contact");
    private final ComboBox<CompanySummary> company = errors.bind("companyId", new ComboBox<>("Company"));
    private final TextField firstName = errors.bind("firstName", new TextField("First name"));
    private final TextField lastName = errors.bind("lastName", new TextField("Last name"));
    private final TextField jobTitle = errors.bind("title", new TextField("Job title"));
    private final EmailField email = errors.bind("email", new EmailField("Email"));
    private final TextField phone = errors.bind("phone", new TextField("Phone"));
    private final TextField linkedinUrl = errors.bind("linkedinUrl", new TextField("LinkedIn profile"));
    private final StaleNotice staleNotice = new StaleNotice("contact");
    private ContactDetails editing;

    ContactFormView(CompanyService companies) {
        this.companies = companies;
        addClassNames("form-view", "contact-form-view");
        company.setItems(query -> companies.search(query.getFilter().orElse(""), List.of(),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name", "id"))).getContent().stream());
        company.setItemLabelGenerator(CompanySummary::name);
        company.setRequiredIndicatorVisible(true);
        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);
        firstName.setMaxLength(100);
        lastName.setMaxLength(100);
        jobTitle.setMaxLength(200);
        linkedinUrl.setPlaceholder("linkedin.com/in/…");

        var layout = new FormLayout(company, jobTitle, firstName, lastName, email, phone, linkedinUrl);
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
            Optional<ContactDetails> found = RecordPageView.parseId(id.get()).flatMap(companies::findContact);
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class, "No such contact in your firm");
                return;
            }
            show(found.get());
            return;
        }
        // a company named in the address that is not the firm's is ignored: the user picks one
        event.getLocation().getQueryParameters().getSingleParameter("company").flatMap(RecordPageView::parseId)
                .flatMap(companies::find).ifPresent(company::setValue);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Wecruit";
    }

    private void show(ContactDetails contact) {
        editing = contact;
        title.setText("Edit " + contact.fullName());
        company.setValue(companies.get(contact.companyId()));
        firstName.setValue(contact.firstName());
        lastName.setValue(contact.lastName());
        jobTitle.setValue(Objects.requireNonNullElse(contact.title(), ""));
        email.setValue(Objects.requireNonNullElse(contact.email(), ""));
        phone.setValue(Objects.requireNonNullElse(contact.phone(), ""));
        linkedinUrl.setValue(Objects.requireNonNullElse(contact.linkedinUrl(), ""));
    }

    private void save() {
        var draft = new ContactDraft(company.getValue() == null ? null : company.getValue().id(), firstName.getValue(),
                lastName.getValue(), jobTitle.getValue(), email.getValue(), phone.getValue(), linkedinUrl.getValue());
        try {
            ContactDetails saved = editing == null ? companies.createContact(draft)
                    : companies.updateContact(editing.id(), editing.version(), draft);
            errors.clear();
            getUI().ifPresent(ui -> ui.navigate("contacts/" + saved.id()));
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        } catch (StaleRecordException e) {
            staleNotice.show(() -> companies.findContact(editing.id()).ifPresentOrElse(this::show, this::leave));
        }
    }

    private void leave() {
        String back = editing != null ? "contacts/" + editing.id()
                : company.getValue() != null ? "companies/" + company.getValue().id() : "companies";
        getUI().ifPresent(ui -> ui.navigate(back));
    }
}
