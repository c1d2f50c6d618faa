package dev.wecruit.activities.ui;

import dev.wecruit.shell.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.activities.TimelineOf;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;

/**
 * The timeline on every record's page, newest first and filterable by type, with the quick actions that add to it:
 * log a call, add a note, log an email or a meeting.
 */
@org.springframework.stereotype.Component
class TimelinePart implements RecordPagePart {

    static final int PAGE_SIZE = 25;

    private final ActivityService activities;
    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final Clock clock;

    TimelinePart(ActivityService activities, OrganizationService organizations, CurrentTenant currentTenant,
            Clock clock) {
        this.activities = activities;
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.clock = clock;
    }

    @Override
    public boolean appliesTo(RecordKind kind) {
        return true;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Section create(RecordPage page) {
        var timeline = new Timeline(page);
        if (!currentTenant.may(Role.RECRUITER)) {
            return new Section(timeline, List.of(), timeline::reload, List::of);
        }
        List<Component> actions = List.of(
                logButton(page, ActivityType.CALL, "Log a call", VaadinIcon.PHONE, timeline),
                logButton(page, ActivityType.NOTE, "Add a note", VaadinIcon.NOTEBOOK, timeline),
                logButton(page, ActivityType.EMAIL, "Log an email", VaadinIcon.ENVELOPE, timeline),
                logButton(page, ActivityType.MEETING, "Log a meeting", VaadinIcon.GROUP, timeline));
        return new Section(timeline, actions, timeline::reload, List::of);
    }

    private Button logButton(RecordPage page, ActivityType type, String text, VaadinIcon icon, Timeline timeline) {
        var button = new Button(text, icon.create(), click -> new LogActivityDialog(activities, clock, page, type,
                logged -> page.refresh()).open());
        button.addClassName("log-" + type.name().toLowerCase(Locale.ROOT));
        if (type != ActivityType.CALL && type != ActivityType.NOTE) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        return button;
    }

    /** One page's timeline: its entries, a type filter and "show more". */
    private final class Timeline extends Div {

        private final RecordPage page;
        private final CheckboxGroup<ActivityType> types = new CheckboxGroup<>();
        private final Div entries = new Div();
        private final Button more = new Button("Show older activities");
        private Map<UUID, String> memberNames = Map.of();
        private int shownPages = 1;

        Timeline(RecordPage page) {
            this.page = page;
            addClassNames("record-section", "timeline");
            var heading = new Span("Timeline");
            heading.addClassName("record-section-title");
            types.setAriaLabel("Show only");
            types.setItems(ActivityType.values());
            types.setItemLabelGenerator(TimelinePart::label);
            types.addValueChangeListener(event -> {
                shownPages = 1;
                reload();
            });
            types.addClassName("timeline-types");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(click -> {
                shownPages++;
                reload();
            });
            entries.addClassName("timeline-entries");
            add(heading, types, entries, more);
            reload();
        }

        void reload() {
            memberNames = organizations.memberNames();
            Set<ActivityType> wanted = types.getValue();
            Page<ActivityEntry> found = activities.timeline(of(page), wanted, 0, PAGE_SIZE * shownPages);
            entries.removeAll();
            found.forEach(entry -> entries.add(entry(entry)));
            if (found.isEmpty()) {
                entries.add(RecordPageView.emptyNote(wanted.isEmpty() ? "Nothing logged yet. Log a call or add a note to start the "
                        + "timeline." : "Nothing of these kinds yet."));
            }
            more.setVisible(found.hasNext());
        }

        private Component entry(ActivityEntry entry) {
            String who = entry.actorId() == null ? "Wecruit" : memberNames.getOrDefault(entry.actorId(), "A member");
            var meta = new Div(label(entry.type()) + " · " + ViewerTime.moment(entry.occurredAt())
                    + " · " + who);
            meta.addClassName("timeline-entry-meta");
            var item = new Div(meta);
            if (entry.subject() != null) {
                var subject = new Div(entry.subject());
                subject.addClassName("timeline-entry-subject");
                item.add(subject);
            }
            if (entry.body() != null) {
                // setText: a note is shown as the text it is, never interpreted as HTML
                var body = new Div();
                body.setText(entry.body());
                body.addClassName("timeline-entry-body");
                item.add(body);
            }
            item.addClassNames("timeline-entry", "timeline-entry-" + entry.type().name().toLowerCase(Locale.ROOT));
            return item;
        }
    }

    static TimelineOf of(RecordPage page) {
        return switch (page.kind()) {
            case CANDIDATE -> TimelineOf.candidate(page.recordId());
            case COMPANY -> TimelineOf.company(page.recordId());
            case CONTACT -> TimelineOf.contact(page.recordId());
            case JOB -> TimelineOf.job(page.recordId());
        };
    }

    static String label(ActivityType type) {
        return switch (type) {
            case NOTE -> "Note";
            case CALL -> "Call";
            case EMAIL -> "Email";
            case MEETING -> "Meeting";
            case STAGE_CHANGE -> "Stage change";
            case SYSTEM -> "System";
        };
    }
}
