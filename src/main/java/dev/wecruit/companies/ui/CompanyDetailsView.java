package dev.wecruit.companies.ui;

import static dev.wecruit.shell.Display.externalLink;
import static dev.wecruit.shell.Display.fact;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.shell.Access;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.shell.RelatedRecord;
import dev.wecruit.tenancy.OrganizationService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;

/** A company's page: what the firm knows about it and the people there; its jobs and timeline come from parts. */
@Route("companies/:id")
@PermitAll
class CompanyDetailsView extends RecordPageView {

    private final CompanyService companies;
    private final Map<UUID, String> memberNames;
    private CompanySummary company;
    private List<ContactDetails> contacts = List.of();

    CompanyDetailsView(CompanyService companies, OrganizationService organizations,
            ObjectProvider<RecordPagePart> parts) {
        super(RecordKind.COMPANY, parts);
        this.companies = companies;
        this.memberNames = organizations.memberNames();
        addClassName("company-details-view");
        var addContact = new Button("Add contact", VaadinIcon.USER_CARD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("contacts/new",
                        QueryParameters.of("company", recordId().toString()))));
        addContact.addClassName("company-add-contact");
        if (Access.mayOpen("contacts/new")) {
            addOwnAction(addContact);
        }
        addEditAction("companies");
    }

    @Override
    protected boolean load(UUID id) {
        Optional<CompanySummary> found = companies.find(id);
        if (found.isEmpty()) {
            return false;
        }
        company = found.get();
        contacts = companies.contactsOf(id);
        setHeader(company.name(), Stream.of(Display.label(company.status()), company.industry(), company.location())
                .filter(value -> value != null && !value.isBlank()).reduce((a, b) -> a + " · " + b).orElse(""));
        content().removeAll();
        content().add(about(), contactList());
        return true;
    }

    @Override
    protected List<RelatedRecord> ownRelated() {
        return contacts.stream().map(contact -> new RelatedRecord(RecordKind.CONTACT, contact.id(),
                contact.fullName() + (contact.title() == null ? "" : " · " + contact.title()), false)).toList();
    }

    private Component about() {
        var facts = new Div();
        if (company.website() != null) {
            var website = new Div(externalLink(company.website(), company.website().replaceFirst("^https?://", "")));
            facts.add(website);
        }
        fact(facts, "Status", Display.label(company.status()));
        fact(facts, "Industry", company.industry());
        fact(facts, "Location", company.location());
        fact(facts, "Owner", company.ownerId() == null ? "Nobody" : memberNames.getOrDefault(company.ownerId(), "A former member"));
        return section("About", facts);
    }

    private Component contactList() {
        var list = new Div();
        for (ContactDetails contact : contacts) {
            var row = new Div(new Anchor("contacts/" + contact.id(), contact.fullName()));
            if (contact.title() != null) {
                row.add(new Span(" · " + contact.title()));
            }
            if (contact.email() != null) {
                row.add(new Span(" · "), new Anchor("mailto:" + contact.email(), contact.email()));
            }
            if (contact.phone() != null) {
                row.add(new Span(" · "), new Anchor("tel:" + contact.phone(), contact.phone()));
            }
            row.addClassName("company-contact");
            list.add(row);
        }
        if (contacts.isEmpty()) {
            list.add(emptyNote("No contacts yet. Use \"Add contact\" for the people you deal with here."));
        }
        var section = section("Contacts", list);
        section.addClassName("company-contacts");
        return section;
    }
}
