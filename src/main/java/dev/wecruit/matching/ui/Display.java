package dev.wecruit.matching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.wecruit.matching.Coverage;
import dev.wecruit.matching.RequirementEvidence;
import java.util.List;
import java.util.Locale;

/** How matching's parts word what they show. */
final class Display {

    private Display() {
    }

    /** A chip per requirement, ✓ met, ½ partly, ✗ missing, with the quote as its tooltip. */
    static Div chips(List<RequirementEvidence> evidence) {
        var chips = new Div();
        chips.addClassName("chips");
        for (RequirementEvidence item : evidence) {
            String mark = item.coverage() == Coverage.MET ? "✓ " : item.coverage() == Coverage.PARTIAL ? "½ " : "✗ ";
            var chip = new Span(mark + item.requirement().text());
            chip.addClassNames("chip", "requirement-" + item.coverage().name().toLowerCase(Locale.ROOT));
            chip.getElement().setAttribute("title", item.quote() == null ? coverage(item)
                    : coverage(item) + ": “" + item.quote() + "”");
            chips.add(chip);
        }
        return chips;
    }

    static String coverage(RequirementEvidence item) {
        return switch (item.coverage()) {
            case MET -> "met";
            case PARTIAL -> "partly met";
            case MISSING -> "not found in the profile";
        };
    }
}
