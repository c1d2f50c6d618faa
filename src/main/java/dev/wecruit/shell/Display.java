package dev.wecruit.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values read on every page: dates, enum values, facts, chips and links that leave the app. */
public final class Display {

    /** A day as recruiters read it: "3 Mar 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Display() {
    }

    /** An enum value as words: {@code ON_HOLD} reads "On hold". */
    public static String label(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String day(Instant instant, ZoneId zone) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }

    /** Adds "Name: value" to a list of facts; nothing when there is no value. */
    public static void fact(Div facts, String name, String value) {
        if (value != null && !value.isBlank()) {
            var label = new Span(name + ": ");
            label.addClassName("fact-label");
            var fact = new Div(label, new Span(value));
            fact.addClassName("fact");
            facts.add(fact);
        }
    }

    public static Span chip(String text) {
        var chip = new Span(text);
        chip.getElement().getThemeList().add("badge");
        return chip;
    }

    /** A link to another site, opened in a new tab that cannot reach back into this one. */
    public static Anchor externalLink(String url, String text) {
        var link = new Anchor(url, text, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }
}
