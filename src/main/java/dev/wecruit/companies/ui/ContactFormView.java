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
import dev.wecruit.shell.RecordFormView;
import dev.wecruit.shell.RecordPageView;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
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
class ContactFormView extends RecordFormView<ContactDetails> {

    private final CompanyService companies;
    private final ComboBox<CompanySummary> company = errors.bind("companyId", new ComboBox<>("Company"));
    private final TextField firstName = errors.bind("firstName", new TextField("First name"));
    private final TextField lastName = errors.bind("lastName", new TextField("Last name"));
    private final TextField jobTitle = errors.bind("title", new TextField("Job title"));
    private final EmailField email = errors.bind("email", new EmailField("Email"));
    private final TextField phone = errors.bind("phone", new TextField("Phone"));
    private final TextField linkedinUrl = errors.bind("linkedinUrl", new TextField("LinkedIn profile"));

    ContactFormView(CompanyService companies) {
        super("contact");
        this.companies = companies;
        addClassName("contact-form-view");
        company.setItems(query -> ListViews.page(query, Sort.by("name", "id"), pageable -> companies.search(
                query.getFilter().orElse(""), List.of(), pageable).getContent()));
        company.setItemLabelGenerator(CompanySummary::name);
        company.setRequiredIndicatorVisible(true);
        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);
        firstName.setMaxLength(100);
        lastName.setMaxLength(100);
        jobTitle.setMaxLength(200);
        linkedinUrl.setPlaceholder("linkedin.com/in/…");
        addSections(columns(company, jobTitle, firstName, lastName, email, phone, linkedinUrl));
    }

    @Override
    protected void enteringNew(BeforeEnterEvent event) {
        // a company named in the address that is not the firm's is ignored: the user picks one
        event.getLocation().getQueryParameters().getSingleParameter("company").flatMap(RecordPageView::parseId)
                .flatMap(companies::find).ifPresent(company::setValue);
    }

    @Override
    protected Optional<ContactDetails> find(UUID id) {
        return companies.findContact(id);
    }

    @Override
    protected UUID idOf(ContactDetails contact) {
        return contact.id();
    }

    @Override
    protected String nameOf(ContactDetails contact) {
        return contact.fullName();
    }

    @Override
    protected void show(ContactDetails contact) {
        company.setValue(companies.get(contact.companyId()));
        firstName.setValue(contact.firstName());
        lastName.setValue(contact.lastName());
        jobTitle.setValue(Objects.requireNonNullElse(contact.title(), ""));
        email.setValue(Objects.requireNonNullElse(contact.email(), ""));
        phone.setValue(Objects.requireNonNullElse(contact.phone(), ""));
        linkedinUrl.setValue(Objects.requireNonNullElse(contact.linkedinUrl(), ""));
    }

    @Override
    protected ContactDetails save(ContactDetails editing) {
        var draft = new ContactDraft(company.getValue() == null ? null : company.getValue().id(), firstName.getValue(),
                lastName.getValue(), jobTitle.getValue(), email.getValue(), phone.getValue(), linkedinUrl.getValue());
        return editing == null ? companies.createContact(draft)
                : companies.updateContact(editing.id(), editing.version(), draft);
    }

    @Override
    protected String pageOf(ContactDetails contact) {
        return "contacts/" + contact.id();
    }

    @Override
    protected String whereNewFormsReturn() {
        return company.getValue() != null ? "companies/" + company.getValue().id() : "companies";
    }
}
