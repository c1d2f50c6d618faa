package dev.wecruit.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Timestamps in the viewer's own zone: when something happened reads in the zone of the browser looking at it.
 * Dates the firm shares (the day a job opened) are in the firm's zone instead, and are made by the services.
 * The browser gives its zone once a session ({@link #learn}); until it has, timestamps read in UTC.
 */
public final class ViewerTime {

    /** A moment as recruiters read it: "3 Mar 2026, 14:05". */
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private static final String ZONE = ViewerTime.class.getName() + ".zone";

    private ViewerTime() {
    }

    /** The viewer's zone: their browser's once it has said, UTC before. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(ZONE) instanceof ZoneId known ? known : ZoneOffset.UTC;
    }

    /** The day of a moment for the viewer: "3 Mar 2026". */
    public static String day(Instant instant) {
        return Display.day(instant, zone());
    }

    /** A moment for the viewer, to the minute: "3 Mar 2026, 14:05". */
    public static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(zone()));
    }

    /** What the viewer means by a wall-clock time they entered. */
    public static Instant instant(LocalDateTime entered) {
        return entered == null ? null : entered.atZone(zone()).toInstant();
    }

    /** The viewer's wall-clock time at a moment: what a date-time picker shows for it. */
    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone());
    }

    /**
     * Asks the browser for its zone, once a session, and keeps it in the session.
     *
     * @param learnt called with the zone when the browser has given it (not when it was known already)
     */
    public static void learn(UI ui, Consumer<ZoneId> learnt) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ZONE) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone;
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (DateTimeException | NullPointerException e) {
                zone = ZoneOffset.UTC;
            }
            session.setAttribute(ZONE, zone);
            learnt.accept(zone);
        });
    }
}
