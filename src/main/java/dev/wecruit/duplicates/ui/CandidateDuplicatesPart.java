package dev.wecruit.duplicates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import dev.wecruit.candidates.PossibleDuplicate;
import dev.wecruit.duplicates.CandidateMerge;
import dev.wecruit.duplicates.CandidateMergeService;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.ViewerTime;
import java.time.Clock;
import java.util.UUID;
import dev.wecruit.duplicates.DuplicateService;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * On a candidate's page, for recruiters and admins, when there are any: the firm's candidates who may be the same
 * person, with why and how sure, "Merge…" and "Not a duplicate"; and the candidate's merges that can still be undone,
 * with "Unmerge". Nothing at all when there are none, and for viewers.
 */
@Component
class CandidateDuplicatesPart implements RecordPagePart {

    private final DuplicateService duplicates;
    private final CandidateMergeService merges;
    private final CurrentTenant currentTenant;
    private final Clock clock;

    CandidateDuplicatesPart(DuplicateService duplicates, CandidateMergeService merges, CurrentTenant currentTenant,
            Clock clock) {
        this.duplicates = duplicates;
        this.merges = merges;
        this.currentTenant = currentTenant;
        this.clock = clock;
    }

    @Override
    public boolean appliesTo(RecordKind kind) {
        return kind == RecordKind.CANDIDATE;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Section create(RecordPage page) {
        if (!currentTenant.may(Role.RECRUITER)) {
            return Section.none();
        }
        var list = new Div();
        var section = RecordPageView.section("Possible duplicates", list);
        section.addClassName("candidate-duplicates");
        Runnable[] reloading = new Runnable[1];
        Runnable reload = () -> {
            list.removeAll();
            List<CandidateMerge> open = merges.mergesOf(page.recordId());
            open.forEach(merge -> list.add(mergeRow(page, merge, reloading[0])));
            List<PossibleDuplicate> found = open.stream().anyMatch(m -> m.retiredId().equals(page.recordId()))
                    ? List.of() : duplicates.of(page.recordId());
            section.setVisible(!found.isEmpty() || !open.isEmpty());
            for (PossibleDuplicate duplicate : found) {
                var row = new Div();
                row.addClassName("possible-duplicate");
                var dismiss = new Button("Not a duplicate");
                dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                dismiss.addClassName("duplicate-dismiss");
                dismiss.addClickListener(click -> {
                    duplicates.dismiss(page.recordId(), duplicate.candidate().id());
                    list.remove(row);
                    section.setVisible(list.getComponentCount() > 0);
                });
                var merge = new Button("Merge…");
                merge.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                merge.addClassName("duplicate-merge");
                merge.addClickListener(click -> new MergeCandidatesDialog(merges, page.recordId(),
                        duplicate.candidate().id()).open());
                row.add(new Anchor("candidates/" + duplicate.candidate().id(), duplicate.candidate().fullName()),
                        new Span(" · " + duplicate.reason() + " · " + DuplicatesView.percent(duplicate.confidence())),
                        merge, dismiss);
                list.add(row);
            }
        };
        reloading[0] = reload;
        reload.run();
        return Section.of(section, reload);
    }

    /** An open merge of this candidate: who with, when, and "Unmerge" while it can be undone. */
    private Div mergeRow(RecordPage page, CandidateMerge merge, Runnable reload) {
        var row = new Div();
        row.addClassName("candidate-merge");
        boolean kept = merge.survivorId().equals(page.recordId());
        UUID otherId = kept ? merge.retiredId() : merge.survivorId();
        String otherName = kept ? merge.retiredName() : merge.survivorName();
        var message = new Div();
        message.addClassName("merge-error");
        row.add(new Span(kept ? "Merged with " : "Merged into "), new Anchor("candidates/" + otherId, otherName),
                new Span(" on " + ViewerTime.day(merge.mergedAt()) + "; can be undone until "
                        + ViewerTime.day(merge.unmergeUntil()) + " "));
        if (merge.mayUnmerge(clock.instant())) {
            var unmerge = new Button("Unmerge");
            unmerge.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            unmerge.addClassName("candidate-unmerge");
            unmerge.addClickListener(click -> {
                try {
                    merges.unmerge(merge.id());
                    Notification.show(merge.survivorName() + " and " + merge.retiredName() + " are two candidates"
                            + " again");
                    reload.run();
                    UI.getCurrent().getPage().reload(); // the timeline, jobs and files of the page changed too
                } catch (InvalidInputException e) {
                    message.setText(String.join(" ", e.fieldErrors().values()));
                }
            });
            row.add(unmerge);
        }
        row.add(message);
        return row;
    }
}
