package dev.wecruit.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Supplier;

/**
 * A part of a record's page that another feature provides: the timeline comes from activities, a candidate's jobs
 * from the pipeline. The feature that owns the page does not depend on the features that add to it, so modules stay
 * free of cycles. Implementations are Spring beans; they build a fresh {@link Section} for every page shown.
 */
public interface RecordPagePart {

    boolean appliesTo(RecordKind kind);

    /** Where the part goes: lower first. Timelines use 100, lists of linked records 50. */
    int order();

    Section create(RecordPage page);

    /**
     * What a part puts on one page.
     *
     * @param content shown in the page's body
     * @param actions quick actions for the page's header, such as "Log a call"
     * @param refresh reloads the content after a change elsewhere on the page
     * @param related records this part knows the page's record is linked to
     */
    record Section(Component content, List<Component> actions, Runnable refresh,
            Supplier<List<RelatedRecord>> related) {

        public static Section of(Component content, Runnable refresh) {
            return new Section(content, List.of(), refresh, List::of);
        }

        /** Nothing on this page: what a part gives a member whose role may not see it. */
        public static Section none() {
            var nothing = new Div();
            nothing.setVisible(false);
            return of(nothing, () -> { });
        }
    }
}
