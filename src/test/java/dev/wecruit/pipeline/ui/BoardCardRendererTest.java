package dev.wecruit.pipeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.ui.BoardState.Card;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoardCardRendererTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final UUID ANA = UUID.randomUUID();

    private final BoardCardRenderer recruiters = new BoardCardRenderer(true, Map.of(ANA, "Ana Lopez"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_card_shows_the_candidates_name_title_time_in_stage_owner_tags_and_a_move_button() {
        Card card = card("Zoë", "O'Brien", "Java developer", ANA, List.of("remote", "senior"), Duration.ofDays(3));

        Element shown = parsed(recruiters.card(card, null));

        assertThat(shown.attr("data-application")).isEqualTo(card.id().toString());
        assertThat(shown.attr("draggable")).isEqualTo("true");
        assertThat(shown.selectFirst(".board-card-name").attr("href"))
                .isEqualTo("candidates/" + card.candidate().id());
        assertThat(shown.selectFirst(".board-card-name").text()).isEqualTo("Zoë O'Brien");
        assertThat(shown.selectFirst(".board-card-title").text()).isEqualTo("Java developer");
        assertThat(shown.selectFirst(".board-card-meta").text()).isEqualTo("3 days in stage · Ana Lopez");
        assertThat(shown.select(".board-card-tags span").eachText()).containsExactly("remote", "senior");
        assertThat(shown.selectFirst(".board-card-move").attr("aria-label")).isEqualTo("Move Zoë O'Brien");
        assertThat(shown.hasClass("board-card-moved")).isFalse();
        assertThat(shown.select(".board-card-moved-by")).isEmpty();
    }

    @Test
    void time_in_stage_reads_today_for_the_first_day_then_counts_days() {
        assertThat(meta(card("Sam", "Haddad", null, null, List.of(), Duration.ofHours(23)))).isEqualTo("Today");
        assertThat(meta(card("Sam", "Haddad", null, null, List.of(), Duration.ofDays(1)))).isEqualTo("1 day in stage");
        assertThat(meta(card("Sam", "Haddad", null, null, List.of(), Duration.ofDays(12))))
                .isEqualTo("12 days in stage");
    }

    @Test
    void a_viewers_cards_cannot_be_dragged_and_have_no_move_button() {
        var viewers = new BoardCardRenderer(false, Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));

        Element shown = parsed(viewers.card(card("Zoë", "O'Brien", null, null, List.of(), Duration.ZERO), null));

        assertThat(shown.attr("draggable")).isEqualTo("false");
        assertThat(shown.select(".board-card-move")).isEmpty();
    }

    @Test
    void a_card_someone_moved_is_highlighted_with_who_did_it() {
        Element shown = parsed(recruiters.card(card("Zoë", "O'Brien", null, null, List.of(), Duration.ZERO),
                "Ana Lopez"));

        assertThat(shown.hasClass("board-card-moved")).isTrue();
        assertThat(shown.selectFirst(".board-card-moved-by").text()).isEqualTo("Moved by Ana Lopez");
    }

    @Test
    void rendering_the_same_cards_twice_gives_the_same_html_and_keeps_who_moved_them() {
        Card zoe = card("Zoë", "O'Brien", "Java developer", ANA, List.of("remote"), Duration.ofDays(2));
        Card sam = card("Samir", "Haddad", null, null, List.of(), Duration.ZERO);
        Map<UUID, String> movedBy = new HashMap<>(Map.of(zoe.id(), "Ana Lopez"));

        String first = recruiters.cards(List.of(zoe, sam), movedBy);
        String second = recruiters.cards(List.of(zoe, sam), movedBy);

        assertThat(second).isEqualTo(first);
        assertThat(movedBy).containsExactly(Map.entry(zoe.id(), "Ana Lopez"));
        assertThat(Jsoup.parseBodyFragment(second).select(".board-card")).extracting(Element::text)
                .satisfiesExactly(
                        text -> assertThat(text).startsWith("Zoë O'Brien").endsWith("Moved by Ana Lopez"),
                        text -> assertThat(text).startsWith("Samir Haddad").doesNotContain("Moved by"));
        assertThat(recruiters.card(zoe, movedBy.get(zoe.id()))).isEqualTo(recruiters.card(zoe, "Ana Lopez"));
    }

    @Test
    void every_value_from_the_records_is_escaped() {
        var owner = UUID.randomUUID();
        var renderer = new BoardCardRenderer(true, Map.of(owner, "<b>Owner</b>"), Clock.fixed(NOW, ZoneOffset.UTC));
        Card card = card("<img src=x onerror=alert(1)>", "\"Eve\"", "<script>x</script>", owner,
                List.of("<i>tag</i>"), Duration.ZERO);

        String html = renderer.card(card, "<u>Mallory</u>");

        assertThat(html).doesNotContain("<img", "<script", "<b>", "<i>", "<u>", "\"Eve\"");
        Element shown = parsed(html);
        assertThat(shown.selectFirst(".board-card-name").text()).isEqualTo("<img src=x onerror=alert(1)> \"Eve\"");
        assertThat(shown.selectFirst(".board-card-title").text()).isEqualTo("<script>x</script>");
        assertThat(shown.selectFirst(".board-card-meta").text()).isEqualTo("Today · <b>Owner</b>");
        assertThat(shown.selectFirst(".board-card-tags").text()).isEqualTo("<i>tag</i>");
        assertThat(shown.selectFirst(".board-card-moved-by").text()).isEqualTo("Moved by <u>Mallory</u>");
    }

    private String meta(Card card) {
        return parsed(recruiters.card(card, null)).selectFirst(".board-card-meta").text();
    }

    private static Element parsed(String html) {
        List<Element> cards = Jsoup.parseBodyFragment(html).select(".board-card");
        assertThat(cards).hasSize(1);
        return cards.getFirst();
    }

    private static Card card(String firstName, String lastName, String title, UUID ownerId, List<String> tags,
            Duration inStage) {
        var candidate = new CandidateSummary(UUID.randomUUID(), firstName, lastName, title, null, null, List.of(),
                tags, ownerId, NOW);
        return new Card(new ApplicationSummary(UUID.randomUUID(), candidate.id(), UUID.randomUUID(),
                UUID.randomUUID(), 0, NOW.minus(inStage), null, 1), candidate);
    }
}
