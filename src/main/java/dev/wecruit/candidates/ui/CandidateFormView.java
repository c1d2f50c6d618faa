package dev.wecruit.candidates.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.RecordFormView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.ui.OwnerField;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates a candidate at {@code /candidates/new} or edits one at {@code /candidates/:id/edit}. The service checks
 * everything; its messages appear next to the fields. An edit based on an old version is refused with a way to
 * reload, never saved over someone else's change.
 */
@Route("candidates/new")
@RouteAlias("candidates/:id/edit")
@RolesAllowed("RECRUITER") // admins too: their authorities include every role below theirs
class CandidateFormView extends RecordFormView<CandidateDetails> {

    private final CandidateService candidates;

    private final TextField firstName = errors.bind("firstName", new TextField("First name"));
    private final TextField lastName = errors.bind("lastName", new TextField("Last name"));
    private final TextArea emails = errors.bind("emails", new TextArea("Email addresses"));
    private final TextArea phones = errors.bind("phones", new TextArea("Phone numbers"));
    private final TextField linkedinUrl = errors.bind("linkedinUrl", new TextField("LinkedIn profile"));
    private final TextArea address = errors.bind("address", new TextArea("Address"));
    private final TextField currentTitle = errors.bind("currentTitle", new TextField("Current title"));
    private final TextField currentCompany = errors.bind("currentCompany", new TextField("Current company"));
    private final TextField location = errors.bind("location", new TextField("Location"));
    private final IntegerField yearsOfExperience = errors.bind("yearsOfExperience",
            new IntegerField("Years of experience"));
    private final MultiSelectComboBox<String> skills = errors.bind("skills", new MultiSelectComboBox<>("Skills"));
    private final MultiSelectComboBox<String> tags = errors.bind("tags", new MultiSelectComboBox<>("Tags"));
    private final OwnerField owner;
    private final TextField source = errors.bind("source", new TextField("Source"));
    private final Select<LawfulBasis> lawfulBasis = errors.bind("lawfulBasis", new Select<>());
    private final DatePicker consentGivenOn = errors.bind("consentGivenOn", new DatePicker("Consent given on"));
    private final TextArea consentNote = errors.bind("consentNote", new TextArea("Consent note"));

    CandidateFormView(CandidateService candidates, OrganizationService organizations, CurrentTenant currentTenant) {
        super("candidate");
        this.candidates = candidates;
        addClassName("candidate-form-view");
        owner = errors.bind("ownerId", new OwnerField("Owner", organizations, currentTenant));

        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);
        firstName.setMaxLength(100);
        lastName.setMaxLength(100);
        emails.setHelperText("One per line; the first is the main one");
        phones.setHelperText("One per line, as you would dial them; the first is the main one");
        linkedinUrl.setPlaceholder("linkedin.com/in/…");
        yearsOfExperience.setMin(0);
        yearsOfExperience.setMax(70);
        skills.setAllowCustomValue(true);
        skills.addCustomValueSetListener(event -> addValue(skills, event.getDetail()));
        skills.setItems(query -> candidates.skillsStartingWith(query.getFilter().orElse(""), 20).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(event -> addValue(tags, event.getDetail()));
        tags.setItems(query -> candidates.tagsStartingWith(query.getFilter().orElse(""), 20).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        lawfulBasis.setLabel("Lawful basis");
        lawfulBasis.setItems(LawfulBasis.values());
        lawfulBasis.setItemLabelGenerator(basis -> basis == null ? "Not recorded" : Display.label(basis));
        lawfulBasis.setEmptySelectionAllowed(true);
        lawfulBasis.setEmptySelectionCaption("Not recorded");

        addSections(new H3("Who they are"), columns(firstName, lastName, emails, phones, linkedinUrl, address),
                new H3("Career"), columns(currentTitle, currentCompany, location, yearsOfExperience, skills),
                new H3("At the firm"), columns(owner, tags, source),
                new H3("Consent"), columns(lawfulBasis, consentGivenOn, consentNote));
    }

    @Override
    protected Optional<CandidateDetails> find(UUID id) {
        return candidates.find(id);
    }

    @Override
    protected UUID idOf(CandidateDetails candidate) {
        return candidate.id();
    }

    @Override
    protected String nameOf(CandidateDetails candidate) {
        return candidate.fullName();
    }

    @Override
    protected String pageOf(CandidateDetails candidate) {
        return "candidates/" + candidate.id();
    }

    @Override
    protected String whereNewFormsReturn() {
        return "candidates";
    }

    @Override
    protected void show(CandidateDetails candidate) {
        firstName.setValue(candidate.firstName());
        lastName.setValue(candidate.lastName());
        emails.setValue(String.join("\n", candidate.emails()));
        phones.setValue(String.join("\n", candidate.phones()));
        linkedinUrl.setValue(Objects.requireNonNullElse(candidate.linkedinUrl(), ""));
        address.setValue(Objects.requireNonNullElse(candidate.address(), ""));
        currentTitle.setValue(Objects.requireNonNullElse(candidate.currentTitle(), ""));
        currentCompany.setValue(Objects.requireNonNullElse(candidate.currentCompany(), ""));
        location.setValue(Objects.requireNonNullElse(candidate.location(), ""));
        yearsOfExperience.setValue(candidate.yearsOfExperience());
        skills.setValue(new LinkedHashSet<>(candidate.skills()));
        tags.setValue(new LinkedHashSet<>(candidate.tags()));
        owner.show(candidate.ownerId());
        source.setValue(Objects.requireNonNullElse(candidate.source(), ""));
        lawfulBasis.setValue(candidate.lawfulBasis());
        consentGivenOn.setValue(candidate.consentGivenOn());
        consentNote.setValue(Objects.requireNonNullElse(candidate.consentNote(), ""));
    }

    @Override
    protected boolean readyToSave() {
        return !(yearsOfExperience.isInvalid() || consentGivenOn.isInvalid());
    }

    @Override
    protected CandidateDetails save(CandidateDetails editing) {
        var draft = new CandidateDraft(firstName.getValue(), lastName.getValue(), lines(emails.getValue()),
                lines(phones.getValue()), address.getValue(), linkedinUrl.getValue(), location.getValue(),
                currentTitle.getValue(), currentCompany.getValue(), List.copyOf(skills.getValue()),
                yearsOfExperience.getValue(), editing == null ? List.of() : editing.workHistory(),
                editing == null ? List.of() : editing.education(), source.getValue(), owner.ownerId(),
                List.copyOf(tags.getValue()), lawfulBasis.getValue(), consentGivenOn.getValue(),
                consentNote.getValue());
        return editing == null ? candidates.create(draft)
                : candidates.update(editing.id(), editing.version(), draft);
    }

    private static void addValue(MultiSelectComboBox<String> field, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (!value.isEmpty()) {
            var values = new LinkedHashSet<>(field.getValue());
            values.add(value);
            field.setValue(values);
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
