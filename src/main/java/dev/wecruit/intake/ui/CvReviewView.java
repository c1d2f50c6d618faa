package dev.wecruit.intake.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.intake.CvDrafts;
import dev.wecruit.intake.CvIntakeService;
import dev.wecruit.intake.CvReview;
import dev.wecruit.intake.ParsedCv;
import dev.wecruit.intake.PossibleDuplicate;
import dev.wecruit.intake.parsing.CvFields;
import dev.wecruit.intake.parsing.Proposal;
import dev.wecruit.intake.parsing.ProposalSource;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.FormErrors;
import dev.wecruit.tenancy.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The review queue: each CV the recruiter dropped, read, with the proposed fields on the left and the CV's text on
 * the right; focusing a field marks where in the CV its value was found, with the parser's confidence. The recruiter
 * corrects anything, then saves a new candidate, or updates a possible duplicate (or the candidate the CV was
 * dropped on) field by field, seeing the current values; or discards the CV. Next and previous walk the queue.
 */
@Route("candidates/review")
@PageTitle("Review CVs · Wecruit")
@RolesAllowed("RECRUITER")
class CvReviewView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "candidates/review";

    private final CvIntakeService intake;
    private final CurrentTenant currentTenant;
    private final Span queueText = new Span();
    private final Button previous = new Button("Previous");
    private final Button next = new Button("Next");
    private final Div body = new Div();
    private final FormErrors errors = new FormErrors();
    private final TextField firstName = errors.bind("firstName", new TextField("First name"));
    private final TextField lastName = errors.bind("lastName", new TextField("Last name"));
    private final TextArea emails = errors.bind("emails", new TextArea("Emails (one per line)"));
    private final TextArea phones = errors.bind("phones", new TextArea("Phones (one per line)"));
    private final TextField location = errors.bind("location", new TextField("Location"));
    private final TextField linkedin = errors.bind("linkedinUrl", new TextField("LinkedIn"));
    private final TextField title = errors.bind("currentTitle", new TextField("Current title"));
    private final TextField employer = errors.bind("currentCompany", new TextField("Current employer"));
    private final TextArea skills = errors.bind("skills", new TextArea("Skills (comma-separated)"));
    private final IntegerField years = errors.bind("yearsOfExperience", new IntegerField("Years of experience"));
    private final Div cvText = new Div();
    /** Where each field's proposed value came from, for marking it when the field gets focus. */
    private final Map<Component, Proposal<?>> sources = new HashMap<>();
    private List<UUID> queue = List.of();
    private int position;
    private CvReview review;
    /** The candidate the CV updates: the one it was dropped on, or a duplicate the recruiter chose. */
    private CandidateDetails target;

    CvReviewView(CvIntakeService intake, CurrentTenant currentTenant) {
        this.intake = intake;
        this.currentTenant = currentTenant;
        addClassNames("list-view", "cv-review-view");
        var header = new Div(new Div(new H2("Review CVs"), queueText), new Div(previous, next));
        header.addClassName("list-view-header");
        queueText.addClassName("list-view-total");
        previous.addClickListener(event -> show(position - 1));
        next.addClickListener(event -> show(position + 1));
        cvText.addClassName("cv-text");
        for (var field : List.of(firstName, lastName, emails, phones, location, linkedin, title, employer, skills)) {
            field.addFocusListener(event -> mark(sources.get(field), review.parsed().text()));
        }
        years.addFocusListener(event -> mark(sources.get(years), review.parsed().text()));
        add(header, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        queue = intake.reviewQueue();
        UUID wanted = event.getLocation().getQueryParameters().getSingleParameter("cv").map(UUID::fromString)
                .orElse(null);
        show(wanted != null && queue.contains(wanted) ? queue.indexOf(wanted) : 0);
    }

    private void show(int index) {
        body.removeAll();
        errors.clear();
        target = null;
        review = null;
        queueText.setText(queue.size() == 1 ? "1 CV to review" : queue.size() + " CVs to review");
        if (queue.isEmpty()) {
            previous.setEnabled(false);
            next.setEnabled(false);
            body.add(new Paragraph("No CVs wait for your review. Drop some with \"Add from CVs\" on the candidate "
                    + "list."));
            return;
        }
        position = Math.max(0, Math.min(index, queue.size() - 1));
        previous.setEnabled(position > 0);
        next.setEnabled(position < queue.size() - 1);
        review = intake.review(queue.get(position)).orElse(null);
        if (review == null) {
            // saved or discarded in another tab meanwhile
            queue = intake.reviewQueue();
            show(position);
            return;
        }
        target = review.updating();
        render();
    }

    private void render() {
        body.removeAll();
        ParsedCv parsed = review.parsed();
        CvFields fields = parsed.fields();
        var position = new Span("CV " + (this.position + 1) + " of " + queue.size() + ": " + parsed.fileName());
        position.addClassName("cv-review-position");
        body.add(position);
        if (parsed.note() != null) {
            body.add(new Paragraph(parsed.note()));
        }
        if (target != null) {
            var updating = new Paragraph("Updating " + target.fullName() + ": each field shows the current value.");
            updating.addClassName("cv-review-updating");
            body.add(updating);
        } else if (!review.duplicates().isEmpty()) {
            body.add(duplicates());
        }

        bind(firstName, fields.firstName(), parsed, CandidateDetails::firstName);
        bind(lastName, fields.lastName(), parsed, CandidateDetails::lastName);
        bindAll(emails, fields.emails(), "\n", parsed, CandidateDetails::emails);
        bindAll(phones, fields.phones(), "\n", parsed, CandidateDetails::phones);
        bind(location, fields.location(), parsed, CandidateDetails::location);
        bind(linkedin, fields.linkedinUrl(), parsed, CandidateDetails::linkedinUrl);
        bind(title, fields.currentTitle(), parsed, CandidateDetails::currentTitle);
        bind(employer, fields.currentEmployer(), parsed, CandidateDetails::currentCompany);
        bindAll(skills, fields.skills(), ", ", parsed, CandidateDetails::skills);
        years.setValue(fields.yearsOfExperience() == null ? null : fields.yearsOfExperience().value());
        years.setHelperText(helper(fields.yearsOfExperience(), target == null ? null
                : Objects.toString(target.yearsOfExperience(), "")));
        years.setSuffixComponent(target == null ? null
                : keepCurrent(() -> years.setValue(target.yearsOfExperience())));
        sources.put(years, fields.yearsOfExperience());

        var form = new Div(firstName, lastName, emails, phones, location, linkedin, title, employer, skills, years,
                history(fields), errors.formError());
        form.addClassName("cv-review-form");
        var save = new Button(target == null ? "Save candidate" : "Update " + target.fullName(), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("cv-review-save");
        var discard = new Button("Discard CV", event -> {
            intake.discard(review.intakeId());
            Notification.show("Discarded " + parsed.fileName());
            advance();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        form.add(new Div(save, discard));
        mark(null, parsed.text());
        var columns = new Div(form, cvText);
        columns.addClassName("cv-review-columns");
        body.add(columns);
    }

    private Div duplicates() {
        var list = new UnorderedList();
        for (PossibleDuplicate duplicate : review.duplicates()) {
            var use = new Button("Update this one instead", event -> {
                target = intake.candidate(duplicate.candidate().id());
                render();
            });
            use.addThemeVariants(ButtonVariant.LUMO_SMALL);
            list.add(new ListItem(new Span(duplicate.candidate().fullName() + " (" + duplicate.reason() + ") "),
                    use));
        }
        var box = new Div(new H3("Possible duplicates"), list);
        box.addClassName("cv-review-duplicates");
        return box;
    }

    private Div history(CvFields fields) {
        var box = new Div(new H3("Work history and education, as read"));
        var roles = new UnorderedList();
        fields.workHistory().forEach(role -> roles.add(new ListItem(role.value().title()
                + (role.value().employer() == null ? "" : ", " + role.value().employer())
                + " (" + (role.value().from() == null ? "?" : role.value().from()) + " to "
                + (role.value().to() == null ? "present" : role.value().to()) + ")")));
        fields.education().forEach(study -> roles.add(new ListItem((study.value().qualification() == null ? ""
                : study.value().qualification() + ", ") + study.value().institution())));
        if (!fields.languages().isEmpty()) {
            roles.add(new ListItem("Languages: " + String.join(", ",
                    fields.languages().stream().map(Proposal::value).toList())));
        }
        box.add(roles);
        box.addClassName("cv-review-history");
        return box;
    }

    private void bind(TextField field, Proposal<String> proposal, ParsedCv parsed,
            Function<CandidateDetails, String> current) {
        field.setValue(proposal == null ? "" : proposal.value());
        String now = target == null ? null : current.apply(target);
        field.setHelperText(helper(proposal, now));
        field.setSuffixComponent(now == null ? null : keepCurrent(() -> field.setValue(now)));
        sources.put(field, proposal);
    }

    private void bindAll(AbstractField<?, String> field, List<Proposal<String>> proposals, String separator,
            ParsedCv parsed, Function<CandidateDetails, List<String>> current) {
        field.setValue(String.join(separator, proposals.stream().map(Proposal::value).toList()));
        Proposal<String> first = proposals.isEmpty() ? null : proposals.getFirst();
        List<String> now = target == null ? null : current.apply(target);
        ((com.vaadin.flow.component.HasHelper) field).setHelperText(helper(first,
                now == null ? null : String.join(", ", now)));
        ((com.vaadin.flow.component.shared.HasSuffix) field).setSuffixComponent(now == null ? null
                : keepCurrent(() -> field.setValue(String.join(separator, now))));
        sources.put(field, first);
    }

    /** In an update, puts the candidate's current value back in place of the CV's. */
    private static Button keepCurrent(Runnable keep) {
        var button = new Button(VaadinIcon.ARROW_BACKWARD.create(), event -> keep.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText("Keep the current value");
        button.setAriaLabel("Keep the current value");
        button.addClassName("cv-review-keep");
        return button;
    }

    private static String helper(Proposal<?> proposal, String currentValue) {
        String found = proposal == null ? "Not found in the CV"
                : String.format(Locale.UK, "From the CV, %d%% sure (%s)", Math.round(proposal.confidence() * 100),
                        proposal.source() == ProposalSource.LLM ? "AI" : "offline");
        return currentValue == null ? found : found + ". Now: " + (currentValue.isBlank() ? "empty" : currentValue);
    }

    /** Shows the CV's text with the proposal's source marked, scrolled into view. */
    private void mark(Proposal<?> proposal, String text) {
        StringBuilder html = new StringBuilder();
        if (proposal == null || proposal.start() < 0 || proposal.end() > text.length()
                || proposal.start() >= proposal.end()) {
            html.append(escape(text));
        } else {
            html.append(escape(text.substring(0, proposal.start()))).append("<mark>")
                    .append(escape(text.substring(proposal.start(), proposal.end()))).append("</mark>")
                    .append(escape(text.substring(proposal.end())));
        }
        cvText.getElement().setProperty("innerHTML", html.toString());
        cvText.getElement().executeJs("const m = this.querySelector('mark'); if (m) m.scrollIntoView({block: 'center'})");
    }

    private void save() {
        errors.clear();
        CandidateDraft proposed = CvDrafts.draftOf(review.parsed().fields(),
                target == null ? currentTenant.currentMemberId().orElse(null) : target.ownerId());
        CandidateDraft draft = new CandidateDraft(firstName.getValue(), lastName.getValue(), lines(emails, "\n"),
                lines(phones, "\n"), target == null ? null : target.address(), blank(linkedin),
                blank(location), blank(title), blank(employer), lines(skills, ","), years.getValue(),
                target == null || target.workHistory().isEmpty() ? proposed.workHistory() : target.workHistory(),
                target == null || target.education().isEmpty() ? proposed.education() : target.education(),
                target == null ? proposed.source() : target.source(), proposed.ownerId(),
                target == null ? List.of() : target.tags(),
                target == null ? proposed.lawfulBasis() : target.lawfulBasis(),
                target == null ? null : target.consentGivenOn(), target == null ? null : target.consentNote(),
                target == null ? null : target.consentMethod(), target == null ? null : target.consentExpiresOn(),
                null, null); // a CV says nothing about a legal hold: the candidate keeps theirs
        try {
            CandidateDetails saved = target == null ? intake.saveAsNew(review.intakeId(), draft)
                    : intake.saveOnto(review.intakeId(), target.id(), target.version(), draft);
            Notification.show((target == null ? "Saved " : "Updated ") + saved.fullName());
            advance();
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        } catch (StaleRecordException e) {
            errors.showFormError(target.fullName() + " was changed by someone else meanwhile: review again");
            target = intake.candidate(target.id());
            render();
        }
    }

    private void advance() {
        queue = intake.reviewQueue();
        if (queue.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate("candidates"));
        } else {
            show(position);
        }
    }

    private static List<String> lines(HasValue<?, String> field, String separator) {
        List<String> values = new ArrayList<>();
        Arrays.stream(field.getValue().split(separator.equals("\n") ? "\\R" : separator)).map(String::strip)
                .filter(value -> !value.isEmpty()).forEach(values::add);
        return values;
    }

    private static String blank(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue().strip();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
