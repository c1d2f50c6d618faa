package dev.wecruit.candidates.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.ConsentMethod;
import dev.wecruit.candidates.DuplicateCandidates;
import dev.wecruit.candidates.PossibleDuplicate;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.RecordBinder;
import dev.wecruit.shell.RecordFormView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import dev.wecruit.tenancy.ui.OwnerField;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates a candidate at {@code /candidates/new} or edits one at {@code /candidates/:id/edit}. The service checks
 * everything; its messages appear next to the fields. An edit based on an old version is refused with a way to
 * reload, never saved over someone else's change. Work history and education are not on this form: an edit keeps
 * them as they were. A new candidate who may already be in the firm (the same email or phone, or a similar name with
 * the same employer, location or LinkedIn) gets a warning with links to them as the fields are filled in; the form
 * still saves.
 */
@Route("candidates/new")
@RouteAlias("candidates/:id/edit")
@RolesAllowed("RECRUITER") // admins too: their authorities include every role below theirs
class CandidateFormView extends RecordFormView<CandidateDetails, CandidateDraft> {

    /** Most possible duplicates the warning links to. */
    static final int WARNED = 5;

    private final CandidateService candidates;
    private final DuplicateCandidates duplicates;
    private final Div duplicateWarning = new Div();
    private boolean creating;

    CandidateFormView(CandidateService candidates, DuplicateCandidates duplicates, OrganizationService organizations,
            CurrentTenant currentTenant) {
        super("candidate", "candidates", CandidateDraft.class, CandidateDetails::id, CandidateDetails::fullName);
        this.candidates = candidates;
        this.duplicates = duplicates;
        duplicateWarning.addClassName("possible-duplicates-warning");
        duplicateWarning.setVisible(false);
        addClassName("candidate-form-view");

        var firstName = requiredText("First name", 100);
        var lastName = requiredText("Last name", 100);
        var emails = new TextArea("Email addresses");
        emails.setHelperText("One per line; the first is the main one");
        var phones = new TextArea("Phone numbers");
        phones.setHelperText("One per line, as you would dial them; the first is the main one");
        var linkedinUrl = new TextField("LinkedIn profile");
        linkedinUrl.setPlaceholder("linkedin.com/in/…");
        var address = new TextArea("Address");
        var currentTitle = new TextField("Current title");
        var currentCompany = new TextField("Current company");
        var location = new TextField("Location");
        var yearsOfExperience = new IntegerField("Years of experience");
        yearsOfExperience.setMin(0);
        yearsOfExperience.setMax(70);
        var skills = new MultiSelectComboBox<String>("Skills");
        acceptTypedValues(skills, false);
        skills.setItems(query -> candidates.skillsStartingWith(query.getFilter().orElse(""), 20).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        var owner = new OwnerField("Owner", organizations, currentTenant);
        var tags = new MultiSelectComboBox<String>("Tags");
        acceptTypedValues(tags, false);
        tags.setItems(query -> candidates.tagsStartingWith(query.getFilter().orElse(""), 20).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        var source = new TextField("Source");
        var lawfulBasis = new Select<LawfulBasis>();
        lawfulBasis.setLabel("Lawful basis");
        lawfulBasis.setItems(LawfulBasis.values());
        lawfulBasis.setItemLabelGenerator(basis -> basis == null ? "Not recorded" : Display.label(basis));
        lawfulBasis.setEmptySelectionAllowed(true);
        lawfulBasis.setEmptySelectionCaption("Not recorded");
        var consentGivenOn = new DatePicker("Consent given on");
        var consentMethod = new Select<ConsentMethod>();
        consentMethod.setLabel("How consent was given");
        consentMethod.setItems(ConsentMethod.values());
        consentMethod.setItemLabelGenerator(method -> method == null ? "Not recorded" : method.label());
        consentMethod.setEmptySelectionAllowed(true);
        consentMethod.setEmptySelectionCaption("Not recorded");
        var consentExpiresOn = new DatePicker("Consent expires on");
        consentExpiresOn.setHelperText("The first day it no longer holds");
        var consentNote = new TextArea("Consent note");
        var legalHold = new Checkbox("On legal hold");
        var legalHoldReason = new TextArea("Why they are on legal hold");
        legalHoldReason.setMaxLength(500);
        legalHoldReason.setHelperText("Retention keeps them while they are on hold");
        if (!currentTenant.may(Role.ADMIN)) {
            // a hold decides whether retention may anonymise the person: only admins change it (decision 0025)
            legalHold.setReadOnly(true);
            legalHoldReason.setReadOnly(true);
            legalHold.setTooltipText("Only an admin can put a candidate on legal hold or lift it");
        }
        legalHoldReason.setVisible(false);
        legalHold.addValueChangeListener(event -> legalHoldReason.setVisible(event.getValue()));

        binder.bind(firstName, "firstName");
        binder.bind(lastName, "lastName");
        binder.forField(emails).withConverter(RecordBinder.lines()).bind("emails");
        binder.forField(phones).withConverter(RecordBinder.lines()).bind("phones");
        binder.bind(address, "address");
        binder.bind(linkedinUrl, "linkedinUrl");
        binder.bind(location, "location");
        binder.bind(currentTitle, "currentTitle");
        binder.bind(currentCompany, "currentCompany");
        binder.forField(skills).withConverter(RecordBinder.<String>listed()).bind("skills");
        binder.bind(yearsOfExperience, "yearsOfExperience");
        binder.keep("workHistory", List.of());
        binder.keep("education", List.of());
        binder.bind(source, "source");
        binder.forField(owner).withConverter(owner.ownerIds()).bind("ownerId");
        binder.forField(tags).withConverter(RecordBinder.<String>listed()).bind("tags");
        binder.bind(lawfulBasis, "lawfulBasis");
        binder.bind(consentGivenOn, "consentGivenOn");
        binder.bind(consentNote, "consentNote");
        binder.bind(consentMethod, "consentMethod");
        binder.bind(consentExpiresOn, "consentExpiresOn");
        // the draft's null ("keep the hold") reads as not on hold; the form always says which it is
        binder.forField(legalHold).withConverter(Converter.<Boolean, Boolean>from(Result::ok,
                held -> held != null && held)).bind("legalHold");
        binder.bind(legalHoldReason, "legalHoldReason");

        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(firstName, lastName, emails, phones, linkedinUrl,
                currentCompany, location)) {
            field.addValueChangeListener(event -> warnOfDuplicates());
        }

        addSections(duplicateWarning, new H3("Who they are"), columns(firstName, lastName, emails, phones, linkedinUrl, address),
                new H3("Career"), columns(currentTitle, currentCompany, location, yearsOfExperience, skills),
                new H3("At the firm"), columns(owner, tags, source),
                new H3("Consent and legal hold"), columns(lawfulBasis, consentGivenOn, consentMethod,
                        consentExpiresOn, consentNote, legalHold, legalHoldReason));
    }

    @Override
    protected void enteringNew(BeforeEnterEvent event) {
        creating = true;
    }

    /** Shows who the new candidate may already be; nothing for an edit or before both names are in. */
    private void warnOfDuplicates() {
        duplicateWarning.removeAll();
        duplicateWarning.setVisible(false);
        CandidateDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        if (!creating || draft.firstName() == null || draft.firstName().isBlank() || draft.lastName() == null
                || draft.lastName().isBlank()) {
            return;
        }
        List<PossibleDuplicate> found = duplicates.possibleDuplicatesOf(draft);
        if (found.isEmpty()) {
            return;
        }
        duplicateWarning.add(new Span(found.size() == 1 ? "This may be a candidate the firm already has:"
                : "This may be one of " + found.size() + " candidates the firm already has:"));
        for (PossibleDuplicate duplicate : found.stream().limit(WARNED).toList()) {
            var link = new Anchor("candidates/" + duplicate.candidate().id(), duplicate.candidate().fullName());
            link.setTarget("_blank");
            var line = new Div(link, new Span(" · " + duplicate.reason()));
            line.addClassName("possible-duplicate");
            duplicateWarning.add(line);
        }
        duplicateWarning.add(new Span("You can still save a new candidate."));
        duplicateWarning.setVisible(true);
    }

    @Override
    protected Optional<CandidateDetails> find(UUID id) {
        return candidates.find(id);
    }

    @Override
    protected CandidateDraft draftOf(CandidateDetails candidate) {
        return candidate.toDraft();
    }

    @Override
    protected CandidateDetails save(CandidateDetails editing, CandidateDraft draft) {
        return editing == null ? candidates.create(draft) : candidates.update(editing.id(), editing.version(), draft);
    }
}
