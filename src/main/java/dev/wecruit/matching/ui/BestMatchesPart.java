package dev.wecruit.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.wecruit.matching.CandidateMatch;
import dev.wecruit.matching.MatchFilters;
import dev.wecruit.matching.MatchingService;
import dev.wecruit.matching.RequirementEvidence;
import dev.wecruit.matching.Verdict;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * On a job's page: the firm's best candidates for it, each with the match score, how near the profile is and how
 * many requirements it meets, chips for the requirements met and missing, and, on expand, the quote behind each.
 * Filters leave out a place, those already in the pipeline and those tagged "Do not contact"; recruiters pick
 * candidates to add to the pipeline and give a thumbs up or down. Nothing is rejected: it orders and explains.
 */
@org.springframework.stereotype.Component
class BestMatchesPart implements RecordPagePart {

    static final int SHOWN = 20;

    private final MatchingService matching;
    private final ApplicationService applications;
    private final CurrentTenant currentTenant;

    BestMatchesPart(MatchingService matching, ApplicationService applications, CurrentTenant currentTenant) {
        this.matching = matching;
        this.applications = applications;
        this.currentTenant = currentTenant;
    }

    @Override
    public boolean appliesTo(RecordKind kind) {
        return kind == RecordKind.JOB;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Section create(RecordPage page) {
        var list = new Div();
        list.addClassName("best-matches-list");
        var location = new TextField();
        location.setPlaceholder("Anywhere");
        location.setLabel("Location");
        location.setValueChangeMode(ValueChangeMode.LAZY);
        location.addClassName("best-matches-location");
        var notInPipeline = new Checkbox("Not in this pipeline", true);
        notInPipeline.addClassName("best-matches-not-in-pipeline");
        var noDoNotContact = new Checkbox("Leave out \"" + MatchFilters.DO_NOT_CONTACT + "\"", true);
        noDoNotContact.addClassName("best-matches-no-do-not-contact");
        Set<UUID> picked = new LinkedHashSet<>();
        var add = new Button("Add to pipeline", VaadinIcon.PLUS.create());
        add.addClassName("best-matches-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        boolean recruiter = currentTenant.may(Role.RECRUITER);
        add.setVisible(recruiter);
        Runnable reload = () -> {
            picked.clear();
            add.setEnabled(false);
            list.removeAll();
            var filters = new MatchFilters(location.getValue(), notInPipeline.getValue(),
                    noDoNotContact.getValue() ? Set.of(MatchFilters.DO_NOT_CONTACT) : Set.of());
            List<CandidateMatch> matches = matching.candidatesFor(page.recordId(), filters, SHOWN);
            if (matches.isEmpty()) {
                list.add(RecordPageView.emptyNote("No candidates match yet. Matching reads each candidate's "
                        + "profile and CV in the background; new ones appear within a minute."));
            }
            for (CandidateMatch match : matches) {
                list.add(row(page, match, recruiter, picked, add));
            }
        };
        add.addClickListener(click -> {
            try {
                int added = applications.addAll(List.copyOf(picked), page.recordId()).size();
                Notification.show("Added " + added + (added == 1 ? " candidate" : " candidates")
                        + " to the pipeline").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                page.refresh();
            } catch (InvalidInputException e) {
                Notification.show(String.join(" ", e.fieldErrors().values()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        location.addValueChangeListener(event -> reload.run());
        notInPipeline.addValueChangeListener(event -> reload.run());
        noDoNotContact.addValueChangeListener(event -> reload.run());
        reload.run();
        var filters = new Div(location, notInPipeline, noDoNotContact, add);
        filters.addClassName("best-matches-filters");
        var note = new Span("Ranked by how near each profile is to the job and how many requirements it meets. "
                + "A suggestion to review, never a decision.");
        note.addClassName("best-matches-note");
        var section = RecordPageView.section("Best matches", filters, note, list);
        section.addClassName("best-matches");
        return Section.of(section, reload);
    }

    private Component row(RecordPage page, CandidateMatch match, boolean recruiter, Set<UUID> picked, Button add) {
        var name = new Anchor("candidates/" + match.candidate().id(), match.candidate().fullName());
        name.addClassName("best-match-name");
        var title = new Span(match.candidate().currentTitle() == null ? "" : match.candidate().currentTitle());
        title.addClassName("best-match-title");
        var score = new Span(percent(match.score()) + " match");
        score.addClassName("best-match-score");
        var parts = new Span("profile " + percent(match.retrieval()) + " near · " + met(match));
        parts.addClassName("best-match-parts");
        var chips = Display.chips(match.evidence());
        var evidence = new Div();
        evidence.addClassName("best-match-evidence");
        for (RequirementEvidence item : match.evidence()) {
            var line = new Div(new Span(item.requirement().text() + (item.requirement().mustHave() ? "" : " (nice "
                    + "to have)") + ": " + Display.coverage(item)));
            if (item.quote() != null) {
                var quote = new Span("“" + item.quote() + "”");
                quote.addClassName("evidence-quote");
                line.add(quote);
            }
            evidence.add(line);
        }
        if (match.rationale() != null) {
            var rationale = new Div(new Span("Why: " + match.rationale()));
            rationale.addClassName("best-match-rationale");
            evidence.add(rationale);
        }
        var details = new Details("Evidence", evidence);
        details.addClassName("best-match-details");
        var row = new Div();
        row.addClassName("best-match");
        if (recruiter) {
            var pick = new Checkbox();
            pick.setAriaLabel("Pick " + match.candidate().fullName());
            pick.addClassName("best-match-pick");
            pick.addValueChangeListener(event -> {
                if (event.getValue()) {
                    picked.add(match.candidate().id());
                } else {
                    picked.remove(match.candidate().id());
                }
                add.setEnabled(!picked.isEmpty());
            });
            row.add(pick);
        }
        row.add(new Div(name, title), score, parts, chips, details);
        if (recruiter) {
            row.add(verdicts(page, match));
        }
        return row;
    }

    private Component verdicts(RecordPage page, CandidateMatch match) {
        var up = new Button(VaadinIcon.THUMBS_UP.create());
        var down = new Button(VaadinIcon.THUMBS_DOWN.create());
        up.setAriaLabel("Good match");
        down.setAriaLabel("Poor match");
        up.addClassName("best-match-up");
        down.addClassName("best-match-down");
        Verdict[] current = {match.verdict()};
        Runnable show = () -> {
            up.removeThemeVariants(ButtonVariant.LUMO_SUCCESS);
            down.removeThemeVariants(ButtonVariant.LUMO_ERROR);
            if (current[0] == Verdict.UP) {
                up.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            } else if (current[0] == Verdict.DOWN) {
                down.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
        };
        up.addClickListener(click -> {
            current[0] = current[0] == Verdict.UP ? null : Verdict.UP;
            matching.judge(page.recordId(), match.candidate().id(), current[0]);
            show.run();
        });
        down.addClickListener(click -> {
            current[0] = current[0] == Verdict.DOWN ? null : Verdict.DOWN;
            matching.judge(page.recordId(), match.candidate().id(), current[0]);
            show.run();
        });
        show.run();
        var buttons = new Div(up, down);
        buttons.addClassName("best-match-verdict");
        return buttons;
    }

    private static String met(CandidateMatch match) {
        if (match.evidence().isEmpty()) {
            return "no requirements listed";
        }
        return match.met() + " of " + match.evidence().size() + " requirements met";
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
