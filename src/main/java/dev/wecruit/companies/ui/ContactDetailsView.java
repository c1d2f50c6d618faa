package dev.wecruit.companies.ui;

import static dev.wecruit.shell.Display.externalLink;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.shell.RelatedRecord;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/** A client contact's page: how to reach them and their company; their timeline comes from activities. */
@Route("contacts/:id")
@PermitAll
class ContactDetailsView extends RecordPageView {

    private final CompanyService companies;
    private ContactDetails contact;
    private CompanySummary company;

    ContactDetailsView(CompanyService companies, ObjectProvider<RecordPagePart> parts) {
        super(RecordKind.CONTACT, parts);
        this.companies = companies;
        addClassName("contact-details-view");
        addEditAction("contacts");
    }

    @Override
    protected boolean load(UUID id) {
        Optional<ContactDetails> found = companies.findContact(id);
        if (found.isEmpty()) {
            return false;
        }
        contact = found.get();
        company = companies.get(contact.companyId());
        setHeader(contact.fullName(), (contact.title() == null ? "" : contact.title() + " at ") + company.name());
        var details = new Div(new Div(new Anchor("companies/" + company.id(), company.name())));
        if (contact.email() != null) {
            details.add(new Div(new Anchor("mailto:" + contact.email(), contact.email())));
        }
        if (contact.phone() != null) {
            details.add(new Div(new Anchor("tel:" + contact.phone(), contact.phone())));
        }
        if (contact.linkedinUrl() != null) {
            details.add(new Div(externalLink(contact.linkedinUrl(), "LinkedIn profile")));
        }
        if (contact.email() == null && contact.phone() == null) {
            details.add(emptyNote("No email or phone yet. Edit the contact to add them."));
        }
        content().removeAll();
        content().add(section("Contact details", details));
        return true;
    }

    @Override
    protected List<RelatedRecord> ownRelated() {
        return List.of(new RelatedRecord(RecordKind.COMPANY, company.id(), company.name(), true));
    }
}
