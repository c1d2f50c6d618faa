package dev.wecruit.matching.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.wecruit.matching.JobMatch;
import dev.wecruit.matching.MatchingService;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import java.util.List;

/** On a candidate's page: the firm's open jobs that fit them, with the requirements met and missing. */
@org.springframework.stereotype.Component
class MatchingJobsPart implements RecordPagePart {

    static final int SHOWN = 5;

    private final MatchingService matching;

    MatchingJobsPart(MatchingService matching) {
        this.matching = matching;
    }

    @Override
    public boolean appliesTo(RecordKind kind) {
        return kind == RecordKind.CANDIDATE;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Section create(RecordPage page) {
        var list = new Div();
        list.addClassName("matching-jobs-list");
        Runnable reload = () -> {
            list.removeAll();
            List<JobMatch> matches = matching.jobsFor(page.recordId(), SHOWN);
            if (matches.isEmpty()) {
                list.add(RecordPageView.emptyNote("No open job matches yet. Matching reads the profile and CV "
                        + "in the background after each change."));
            }
            for (JobMatch match : matches) {
                var title = new Anchor("jobs/" + match.job().id(), match.job().title());
                title.addClassName("matching-job-title");
                var score = new Span(BestMatchesPart.percent(match.score()) + " match");
                score.addClassName("best-match-score");
                var chips = Display.chips(match.evidence());
                var row = new Div(title, score, chips);
                row.addClassName("matching-job");
                list.add(row);
            }
        };
        reload.run();
        var section = RecordPageView.section("Matching jobs", list);
        section.addClassName("matching-jobs");
        return Section.of(section, reload);
    }
}
