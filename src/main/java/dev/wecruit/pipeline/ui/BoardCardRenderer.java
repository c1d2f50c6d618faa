package dev.wecruit.pipeline.ui;

import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.pipeline.ui.BoardState.Card;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.util.HtmlUtils;

/**
 * A column's cards as HTML. A board may hold hundreds of cards, and a component or element per card costs the server
 * a state node each (1.6 MB for an open board of 100 cards, measured), so a column's cards are one piece of HTML set
 * on one element. Every value from the records is escaped. Cards have no listeners of their own: clicks on their move
 * buttons and drops are heard once, by the board (see {@link PipelineBoardView}). Rendering changes nothing: the same
 * cards give the same HTML, and forgetting who moved a card is the board's business ({@link BoardState#shown}).
 */
final class BoardCardRenderer {

    /** Viewers get cards they cannot drag, without a move button. */
    private final boolean mayMove;
    private final Map<UUID, String> memberNames;
    private final Clock clock;

    BoardCardRenderer(boolean mayMove, Map<UUID, String> memberNames, Clock clock) {
        this.mayMove = mayMove;
        this.memberNames = memberNames;
        this.clock = clock;
    }

    /** The cards in the order given; a card in {@code movedBy} says who moved it. */
    String cards(List<Card> cards, Map<UUID, String> movedBy) {
        var html = new StringBuilder();
        cards.forEach(card -> html.append(card(card, movedBy.get(card.id()))));
        return html.toString();
    }

    /** One card; {@code movedBy} is who moved it, or null for a card without that note. */
    String card(Card card, String movedBy) {
        CandidateSummary candidate = card.candidate();
        var html = new StringBuilder("<div class=\"board-card").append(movedBy == null ? "" : " board-card-moved")
                .append("\" draggable=\"").append(mayMove).append("\" data-application=\"").append(card.id())
                .append("\">")
                .append("<a class=\"board-card-name\" href=\"candidates/").append(candidate.id()).append("\">")
                .append(escaped(candidate.fullName())).append("</a>");
        if (candidate.currentTitle() != null) {
            html.append("<div class=\"board-card-title\">").append(escaped(candidate.currentTitle())).append("</div>");
        }
        html.append("<div class=\"board-card-meta\">").append(escaped(timeInStage(card.application().stageEnteredAt())
                + (candidate.ownerId() == null ? "" : " · " + memberNames.getOrDefault(candidate.ownerId(), ""))))
                .append("</div>");
        if (!candidate.tags().isEmpty()) {
            html.append("<div class=\"board-card-tags\">");
            candidate.tags().forEach(value -> html.append("<span theme=\"badge small\">").append(escaped(value))
                    .append("</span>"));
            html.append("</div>");
        }
        if (mayMove) {
            html.append("<button class=\"board-card-move\" type=\"button\" title=\"Move to…\" aria-label=\"Move ")
                    .append(escaped(candidate.fullName())).append("\">⋮</button>");
        }
        if (movedBy != null) {
            html.append("<div class=\"board-card-moved-by\">").append(escaped("Moved by " + movedBy))
                    .append("</div>");
        }
        return html.append("</div>").toString();
    }

    private String timeInStage(Instant enteredAt) {
        long days = Duration.between(enteredAt, clock.instant()).toDays();
        return days < 1 ? "Today" : days == 1 ? "1 day in stage" : days + " days in stage";
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
