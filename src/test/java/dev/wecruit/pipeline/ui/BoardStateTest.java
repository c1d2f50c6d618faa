package dev.wecruit.pipeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.pipeline.ui.BoardState.Behind;
import dev.wecruit.pipeline.ui.BoardState.Moved;
import dev.wecruit.pipeline.ui.BoardState.Unchanged;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BoardStateTest {

    private static final UUID FIRM = UUID.randomUUID();
    private static final UUID JOB = UUID.randomUUID();
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");

    private final Stage longlist = stage("Longlist", 0);
    private final Stage interview = stage("Interview", 1);
    private final Stage rejected = new Stage(UUID.randomUUID(), JOB, "Rejected", 2, StageKind.REJECTED);
    private final Map<UUID, CandidateSummary> people = new HashMap<>();
    private final ApplicationSummary zoe = card("Zoë", longlist, 0);
    private final ApplicationSummary sam = card("Samir", longlist, 1);
    private final ApplicationSummary lea = card("Léa", interview, 0);

    @Test
    void cards_stand_in_their_stages_in_place_order_and_cards_without_a_column_or_a_candidate_are_left_out() {
        ApplicationSummary elsewhere = card("Ghost", stage("Removed", 9), 0);
        ApplicationSummary erased = new ApplicationSummary(UUID.randomUUID(), UUID.randomUUID(), JOB,
                longlist.id(), 2, MONDAY, null, 1);

        BoardState board = board(4, sam, lea, elsewhere, zoe, erased);

        assertThat(names(board, longlist)).containsExactly("Zoë", "Samir");
        assertThat(names(board, interview)).containsExactly("Léa");
        assertThat(board.column(rejected.id())).isEmpty();
        assertThat(board.card(elsewhere.id())).isEmpty();
        assertThat(board.card(erased.id())).isEmpty();
        assertThat(board.column(UUID.randomUUID())).as("a stage the board does not have").isEmpty();
    }

    @Test
    void the_next_move_is_applied_and_only_the_columns_it_left_and_entered_are_shown_again() {
        BoardState board = board(4, zoe, sam, lea);

        BoardState.Change change = board.apply(move(5, zoe, interview, 1), "Ana");

        assertThat(change).isEqualTo(new Moved(List.of(longlist.id(), interview.id())));
        assertThat(names(board, longlist)).containsExactly("Samir");
        assertThat(names(board, interview)).containsExactly("Léa", "Zoë");
        ApplicationSummary moved = board.card(zoe.id()).orElseThrow().application();
        assertThat(moved.version()).isEqualTo(zoe.version() + 1);
        assertThat(moved.stageEnteredAt()).as("a new stage starts its time in stage").isEqualTo(TUESDAY);
    }

    @Test
    void a_move_within_a_column_shows_that_column_once_and_keeps_the_time_the_card_entered_its_stage() {
        BoardState board = board(4, zoe, sam, lea);

        BoardState.Change change = board.apply(move(5, sam, longlist, 0), "Ana");

        assertThat(change).isEqualTo(new Moved(List.of(longlist.id())));
        assertThat(names(board, longlist)).containsExactly("Samir", "Zoë");
        assertThat(board.card(sam.id()).orElseThrow().application().stageEnteredAt()).isEqualTo(MONDAY);
    }

    @Test
    void a_move_numbered_at_or_below_the_last_one_shown_is_already_shown() {
        BoardState board = board(4, zoe, sam, lea);

        assertThat(board.apply(move(4, zoe, interview, 0), "Ana")).isEqualTo(new Unchanged());
        assertThat(board.apply(move(2, zoe, interview, 0), "Ana")).isEqualTo(new Unchanged());

        assertThat(names(board, longlist)).containsExactly("Zoë", "Samir");
        assertThat(board.movedBy()).isEmpty();
    }

    @Test
    void a_missing_number_makes_the_board_read_itself_again_rather_than_apply_the_move() {
        BoardState board = board(4, zoe, sam, lea);

        assertThat(board.apply(move(6, zoe, interview, 0), "Ana")).isEqualTo(new Behind());

        assertThat(names(board, longlist)).containsExactly("Zoë", "Samir");
        assertThat(board.apply(move(5, sam, interview, 0), "Ana")).as("the next number still applies")
                .isInstanceOf(Moved.class);
    }

    @Test
    void the_boards_own_move_heard_back_is_not_applied_twice_but_counts_as_shown() {
        BoardState board = board(4, zoe, sam, lea);
        CandidateMoved own = move(5, zoe, interview, 0);

        board.place(new ApplicationSummary(zoe.id(), zoe.candidateId(), JOB, interview.id(), 0, TUESDAY, null,
                own.version()));
        BoardState.Change heardBack = board.apply(own, "Me");

        assertThat(heardBack).isEqualTo(new Unchanged());
        assertThat(names(board, interview)).containsExactly("Zoë", "Léa");
        assertThat(board.movedBy()).as("no one else moved it").isEmpty();
        assertThat(board.apply(move(6, sam, interview, 2), "Ana")).as("the next number applies")
                .isEqualTo(new Moved(List.of(longlist.id(), interview.id())));
    }

    @Test
    void a_move_of_a_card_or_into_a_stage_the_board_has_not_seen_makes_it_read_itself_again() {
        BoardState board = board(4, zoe, sam);
        ApplicationSummary unseen = card("Léa", interview, 0);

        assertThat(board.apply(move(5, unseen, longlist, 0), "Ana")).isEqualTo(new Behind());
        assertThat(board.apply(move(6, zoe, stage("New", 3), 0), "Ana")).isEqualTo(new Behind());
        assertThat(names(board, longlist)).containsExactly("Zoë", "Samir");
    }

    @Test
    void a_card_placed_beyond_the_end_of_a_column_goes_last() {
        BoardState board = board(4, zoe, sam, lea);

        board.place(new ApplicationSummary(zoe.id(), zoe.candidateId(), JOB, interview.id(), 7, TUESDAY, null, 2));

        assertThat(names(board, interview)).containsExactly("Léa", "Zoë");
        assertThat(board.indexIn(interview.id(), zoe.id())).isEqualTo(1);
        assertThat(board.indexIn(longlist.id(), zoe.id())).isEqualTo(-1);
    }

    @Test
    void who_moved_a_card_is_kept_until_the_board_has_shown_that_card() {
        BoardState board = board(4, zoe, sam, lea);

        board.apply(move(5, zoe, interview, 0), "Ana");
        assertThat(board.movedBy()).containsExactly(Map.entry(zoe.id(), "Ana"));

        board.shown(board.column(longlist.id()));
        assertThat(board.movedBy()).as("another column was shown, or the card was filtered out")
                .containsOnlyKeys(zoe.id());

        board.shown(board.column(interview.id()));
        assertThat(board.movedBy()).isEmpty();
    }

    private BoardState board(long sequence, ApplicationSummary... cards) {
        return new BoardState(sequence, List.of(longlist, interview, rejected), List.of(cards), people);
    }

    private static Stage stage(String name, int position) {
        return new Stage(UUID.randomUUID(), JOB, name, position, StageKind.ACTIVE);
    }

    private ApplicationSummary card(String firstName, Stage stage, int position) {
        var person = new CandidateSummary(UUID.randomUUID(), firstName, "Test", null, null, null, List.of(),
                List.of(), null, MONDAY);
        people.put(person.id(), person);
        return new ApplicationSummary(UUID.randomUUID(), person.id(), JOB, stage.id(), position, MONDAY, null, 1);
    }

    /** A move as LiveBoards delivers it: the card's next version, made on Tuesday by a member. */
    private static CandidateMoved move(long sequence, ApplicationSummary card, Stage to, int position) {
        return new CandidateMoved(FIRM, JOB, sequence, card.id(), card.candidateId(), card.stageId(), to.id(),
                card.position(), position, card.version() + 1, UUID.randomUUID(), TUESDAY);
    }

    private static List<String> names(BoardState board, Stage stage) {
        return board.column(stage.id()).stream().map(card -> card.candidate().firstName()).toList();
    }
}
