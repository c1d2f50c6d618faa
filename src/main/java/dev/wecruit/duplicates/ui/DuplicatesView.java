package dev.wecruit.duplicates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.candidates.DuplicatePair;
import dev.wecruit.duplicates.CandidateMergeService;
import dev.wecruit.duplicates.DuplicatePairsPage;
import dev.wecruit.duplicates.DuplicateService;
import dev.wecruit.shell.RecordPageView;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.UUID;

/**
 * The firm's possible duplicates, a page of the scan at a time (so a large firm never blocks the view): each pair with
 * why it was flagged and how sure, links to both, "Merge…" (side by side, {@link MergeCandidatesDialog}) and "Not a
 * duplicate", which hides the pair for good. "Scan further"
 * goes on from where the page ended.
 */
@Route("duplicates")
@PageTitle("Possible duplicates · Wecruit")
@Menu(order = 4, title = "Possible duplicates", icon = "vaadin:copy-o")
@RolesAllowed("RECRUITER") // admins too: their authorities include every role below theirs
class DuplicatesView extends Div {

    private final DuplicateService duplicates;
    private final CandidateMergeService merges;
    private final Div pairs = new Div();
    private final Span status = new Span();
    private final Button further = new Button("Scan further");
    private UUID next;
    private int scanned;
    private int shown;

    DuplicatesView(DuplicateService duplicates, CandidateMergeService merges) {
        this.duplicates = duplicates;
        this.merges = merges;
        addClassNames("list-view", "duplicates-view");
        pairs.addClassName("duplicate-pairs");
        status.addClassName("duplicates-status");
        further.addClassName("duplicates-further");
        further.addClickListener(click -> load());
        add(new H2("Possible duplicates"), status, pairs, further);
        load();
    }

    private void load() {
        DuplicatePairsPage page = duplicates.pairs(next);
        next = page.next();
        scanned += page.scanned();
        page.pairs().forEach(pair -> pairs.add(row(pair)));
        shown += page.pairs().size();
        if (shown == 0 && page.done()) {
            pairs.add(RecordPageView.emptyNote("No possible duplicates in the firm."));
        }
        status.setText((page.done() ? "Scanned all " : "Scanned ") + scanned + " candidates" + (page.done() ? "."
                : " so far: scan further for more."));
        further.setVisible(!page.done());
    }

    private Div row(DuplicatePair pair) {
        var row = new Div();
        row.addClassName("duplicate-pair");
        var reason = new Span(pair.reason() + " · " + percent(pair.confidence()));
        reason.addClassName("duplicate-reason");
        var dismiss = new Button("Not a duplicate");
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dismiss.addClassName("duplicate-dismiss");
        dismiss.addClickListener(click -> {
            duplicates.dismiss(pair.first().id(), pair.second().id());
            pairs.remove(row);
            Notification.show("They will not be shown as duplicates again");
        });
        var merge = new Button("Merge…");
        merge.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        merge.addClassName("duplicate-merge");
        merge.addClickListener(click -> {
            var dialog = new MergeCandidatesDialog(merges, pair.first().id(), pair.second().id());
            dialog.addOpenedChangeListener(opened -> {
                if (!opened.isOpened() && !merges.mergesOf(pair.first().id()).isEmpty()) {
                    pairs.remove(row); // merged: the pair is one candidate now
                }
            });
            dialog.open();
        });
        row.add(link(pair.first()), new Span(" and "), link(pair.second()), reason, merge, dismiss);
        return row;
    }

    private static Anchor link(CandidateSummary candidate) {
        var link = new Anchor("candidates/" + candidate.id(), candidate.fullName());
        link.addClassName("duplicate-candidate");
        return link;
    }

    static String percent(double confidence) {
        return String.format(Locale.ROOT, "%d%% sure", Math.round(confidence * 100));
    }
}
