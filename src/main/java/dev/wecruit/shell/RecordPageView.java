package dev.wecruit.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of a record's page at {@code .../:id}: a header with the record's name, a line about it and quick
 * actions, the owning feature's own content, then the parts other features add. An id that is malformed, unknown or
 * another firm's shows the not-found page, with nothing about the record.
 */
public abstract class RecordPageView extends Div implements RecordPage, BeforeEnterObserver, HasDynamicTitle {

    private final RecordKind kind;
    private final ObjectProvider<RecordPagePart> availableParts;
    private final H2 title = new H2();
    private final Div subtitle = new Div();
    private final FlexLayout actions = new FlexLayout();
    private final Div content = new Div();
    private final Div parts = new Div();
    private final List<RecordPagePart.Section> sections = new ArrayList<>();
    private UUID recordId;

    protected RecordPageView(RecordKind kind, ObjectProvider<RecordPagePart> availableParts) {
        this.kind = kind;
        this.availableParts = availableParts;
        addClassName("record-page");
        title.addClassName("record-page-title");
        subtitle.addClassName("record-page-subtitle");
        actions.addClassName("record-page-actions");
        content.addClassName("record-page-content");
        parts.addClassName("record-page-parts");
        var heading = new Div(title, subtitle);
        heading.addClassName("record-page-heading");
        var header = new Div(heading, actions);
        header.addClassName("record-page-header");
        add(header, content, parts);
    }

    /**
     * Loads the record and shows it in the header and {@link #content()}; called on entering and on every refresh.
     *
     * @return false when there is no such record in the firm
     */
    protected abstract boolean load(UUID id);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("id").flatMap(RecordPageView::parseId);
        if (id.isEmpty() || !load(id.get())) {
            event.rerouteToError(NotFoundException.class, "No such " + kind.name().toLowerCase(Locale.ROOT) + " in your firm");
            return;
        }
        recordId = id.get();
        if (sections.isEmpty()) {
            availableParts.orderedStream().filter(part -> part.appliesTo(kind))
                    .sorted((a, b) -> Integer.compare(a.order(), b.order()))
                    .map(part -> part.create(this)).forEach(section -> {
                        sections.add(section);
                        parts.add(section.content());
                        section.actions().forEach(actions::add);
                    });
        } else {
            // the same view shown for another record (from one candidate's page to another's): parts read again
            sections.forEach(section -> section.refresh().run());
        }
    }

    @Override
    public RecordKind kind() {
        return kind;
    }

    @Override
    public UUID recordId() {
        return recordId;
    }

    @Override
    public String recordTitle() {
        return title.getText();
    }

    @Override
    public String getPageTitle() {
        return recordTitle() + " · Wecruit";
    }

    @Override
    public List<RelatedRecord> related() {
        List<RelatedRecord> related = new ArrayList<>(ownRelated());
        sections.forEach(section -> related.addAll(section.related().get()));
        return related;
    }

    @Override
    public void refresh() {
        if (!load(recordId)) {
            getUI().ifPresent(ui -> ui.navigate(""));
            return;
        }
        sections.forEach(section -> section.refresh().run());
    }

    /** Records the page's own record is linked to, such as a job's company. */
    protected List<RelatedRecord> ownRelated() {
        return List.of();
    }

    protected void setHeader(String recordTitle, String line) {
        title.setText(recordTitle);
        subtitle.setText(line == null ? "" : line);
    }

    /** Adds a quick action of the owning feature; it goes before the actions parts add. */
    protected void addOwnAction(Component action) {
        actions.addComponentAsFirst(action);
    }

    /**
     * The record's "Edit" quick action, for members who may open the form: it opens {@code <route>/<id>/edit} of the
     * record shown when it is clicked (the view is reused from record to record).
     *
     * @return the button, for a page whose record may not be edited at times (an anonymised candidate); empty for
     *     a member who may not open the form
     */
    protected Optional<Button> addEditAction(String route) {
        // access depends on the form view, not on the record: any id finds the view
        if (!Access.mayOpen(route + "/" + new UUID(0, 0) + "/edit")) {
            return Optional.empty();
        }
        var edit = new Button("Edit", VaadinIcon.EDIT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(route + "/" + recordId + "/edit")));
        edit.addClassName(kind.name().toLowerCase(Locale.ROOT) + "-edit");
        addOwnAction(edit);
        return Optional.of(edit);
    }

    /** Where the owning feature shows the record itself. */
    protected Div content() {
        return content;
    }

    /** A titled block of the page, such as "Contact details". */
    public static Div section(String heading, Component... children) {
        var title = new Span(heading);
        title.addClassName("record-section-title");
        var section = new Div(title);
        section.add(children);
        section.addClassName("record-section");
        return section;
    }

    /** A note in a section that has nothing to show yet, saying what to do next. */
    public static Span emptyNote(String text) {
        var span = new Span(text);
        span.addClassName("record-section-empty");
        return span;
    }

    /** The record id in a URL; empty when it is not one, so the caller shows the not-found page. */
    public static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
