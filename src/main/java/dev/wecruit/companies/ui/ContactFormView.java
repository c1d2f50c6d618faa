package dev.wecruit.companies.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.companies.ContactDraft;
import dev.wecruit.shell.ListViews;
import dev.wecruit.shell.RecordBinder;
import dev.wecruit.shell.RecordFormView;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;

/**
 * Creates a contact at {@code /contacts/new} (from a company's page, {@code ?company=} names the company) or edits
 * one at {@code /contacts/:id/edit}.
 */
@Route("contacts/new")
@RouteAlias("contacts/:id/edit")
@RolesAllowed("RECRUITER") // admins too: their authorities include every role below theirs
class ContactFormView extends RecordFormView<ContactDetails, ContactDraft> {

    private final CompanyService companies;
    private final ComboBox<CompanySummary> company = new ComboBox<>("Company");

    ContactFormView(CompanyService companies) {
        super("contact", "contacts", ContactDraft.class, ContactDetails::id, ContactDetails::fullName);
        this.companies = companies;
        addClassName("contact-form-view");
        company.setItems(query -> ListViews.page(query, Sort.by("name", "id"), pageable -> companies.search(
                query.getFilter().orElse(""), List.of(), pageable).getContent()));
        company.setItemLabelGenerator(CompanySummary::name);
        company.setRequiredIndicatorVisible(true);
        var firstName = requiredText("First name", 100);
        var lastName = requiredText("Last name", 100);
        var jobTitle = new TextField("Job title");
        jobTitle.setMaxLength(200);
        var email = new EmailField("Email");
        var phone = new TextField("Phone");
        var linkedinUrl = new TextField("LinkedIn profile");
        linkedinUrl.setPlaceholder("linkedin.com/in/…");

        binder.forField(company).withConverter(RecordBinder.ids(CompanySummary::id, companies::get)).bind("companyId");
        binder.bind(firstName, "firstName");
        binder.bind(lastName, "lastName");
        binder.bind(jobTitle, "title");
        binder.bind(email, "email");
        binder.bind(phone, "phone");
        binder.bind(linkedinUrl, "linkedinUrl");
        addSections(columns(company, jobTitle, firstName, lastName, email, phone, linkedinUrl));
    }

    @Override
    protected void enteringNew(BeforeEnterEvent event) {
        // a company named in the address that is not the firm's is ignored: the user picks one
        idParameter(event, "company").flatMap(companies::find).ifPresent(company::setValue);
    }

    @Override
    protected Optional<ContactDetails> find(UUID id) {
        return companies.findContact(id);
    }

    @Override
    protected ContactDraft draftOf(ContactDetails contact) {
        return new ContactDraft(contact.companyId(), contact.firstName(), contact.lastName(), contact.title(),
                contact.email(), contact.phone(), contact.linkedinUrl());
    }

    @Override
    protected ContactDetails save(ContactDetails editing, ContactDraft draft) {
        return editing == null ? companies.createContact(draft)
                : companies.updateContact(editing.id(), editing.version(), draft);
    }

    @Override
    protected String whereNewFormsReturn() {
        return company.getValue() != null ? "companies/" + company.getValue().id() : "companies";
    }
}
