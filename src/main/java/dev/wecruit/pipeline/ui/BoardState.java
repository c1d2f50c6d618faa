package dev.wecruit.pipeline.ui;

import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.jobs.Stage;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.CandidateMoved;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What one open board shows: its cards column by column in place order, the number of the job's latest move it
 * shows, and who moved the cards that changed since the board last showed them. Moves heard from others are applied
 * in the job's order (decision 0011); the board only learns here whether it may patch itself or must read itself
 * again. Plain data without Vaadin or Spring, so the ordering can be tested on its own; the view holds one per job
 * shown, and a new one each time it reads the board.
 */
final class BoardState {

    /** A card as the board shows it: the application and the candidate it is about. */
    record Card(ApplicationSummary application, CandidateSummary candidate) {

        UUID id() {
            return application.id();
        }
    }

    /** What the board must do after a move. */
    sealed interface Change {
    }

    /** Nothing: the move is already shown (an older number, or this board's own move coming back). */
    record Unchanged() implements Change {
    }

    /** The move is applied: the columns it left and entered (once if the same) must be shown again. */
    record Moved(List<UUID> stageIds) implements Change {
    }

    /** The board cannot patch itself: a move is missing, or the card or stage is new to it. Read it all again. */
    record Behind() implements Change {
    }

    private final Map<UUID, List<Card>> columns = new LinkedHashMap<>();
    /** The number of the job's latest move this board shows; moves are applied in order, a gap means reading again. */
    private long seen;
    /** Who moved a card, by application, until the board has shown it once. */
    private final Map<UUID, String> movedBy = new HashMap<>();

    /**
     * The board as read from the database. Read the job's move number before its cards: a move committed meanwhile
     * is then applied again, which is harmless. Cards of a stage not given, or without their candidate, are left out.
     */
    BoardState(long sequence, List<Stage> stages, List<ApplicationSummary> cards,
            Map<UUID, CandidateSummary> candidates) {
        this.seen = sequence;
        stages.forEach(stage -> columns.put(stage.id(), new ArrayList<>()));
        for (ApplicationSummary card : cards) {
            CandidateSummary person = candidates.get(card.candidateId());
            if (person != null && columns.containsKey(card.stageId())) {
                columns.get(card.stageId()).add(new Card(card, person));
            }
        }
        columns.values().forEach(column -> column.sort(Comparator.comparingInt(card -> card.application().position())));
    }

    /** A stage's cards in board order; none for a stage the board does not have. */
    List<Card> column(UUID stageId) {
        return Collections.unmodifiableList(columns.getOrDefault(stageId, List.of()));
    }

    Optional<Card> card(UUID applicationId) {
        return columns.values().stream().flatMap(List::stream).filter(card -> card.id().equals(applicationId))
                .findFirst();
    }

    /** The card's place in the stage's column, or -1 if it is not there. */
    int indexIn(UUID stageId, UUID applicationId) {
        List<Card> column = column(stageId);
        for (int index = 0; index < column.size(); index++) {
            if (column.get(index).id().equals(applicationId)) {
                return index;
            }
        }
        return -1;
    }

    /** Who moved each card the board has not shown since; the view shows it once, then calls {@link #shown}. */
    Map<UUID, String> movedBy() {
        return Collections.unmodifiableMap(movedBy);
    }

    /** The board has shown these cards: a later showing leaves out who moved them. */
    void shown(Collection<Card> cards) {
        cards.forEach(card -> movedBy.remove(card.id()));
    }

    /** Puts a card where the server says it now is: after this board's own move, or one heard from elsewhere. */
    Change place(ApplicationSummary moved) {
        Optional<Card> found = card(moved.id());
        if (found.isEmpty() || !columns.containsKey(moved.stageId())) {
            return new Behind();
        }
        Card card = found.get();
        UUID from = card.application().stageId();
        columns.get(from).remove(card);
        List<Card> target = columns.get(moved.stageId());
        target.add(Math.min(moved.position(), target.size()), new Card(moved, card.candidate()));
        return new Moved(from.equals(moved.stageId()) ? List.of(from) : List.of(from, moved.stageId()));
    }

    /**
     * A move someone made, on this board or another: applied only if it is the job's next number, and marked with
     * who made it. An older number is already shown; a newer one means a move was missed.
     */
    Change apply(CandidateMoved move, String byWhom) {
        if (move.sequence() <= seen) {
            return new Unchanged();
        }
        if (move.sequence() > seen + 1) {
            // a move this board has not heard of came first: only reading again shows the right order
            return new Behind();
        }
        seen = move.sequence();
        Optional<Card> card = card(move.applicationId());
        if (card.isPresent() && card.get().application().version() >= move.version()) {
            return new Unchanged();
        }
        if (card.isEmpty() || !columns.containsKey(move.toStageId())) {
            // a card or stage this board has not seen yet: read it all again
            return new Behind();
        }
        ApplicationSummary before = card.get().application();
        movedBy.put(before.id(), byWhom);
        return place(new ApplicationSummary(before.id(), before.candidateId(), before.jobId(), move.toStageId(),
                move.toPosition(), move.changedStage() ? move.movedAt() : before.stageEnteredAt(),
                before.rejectionReason(), move.version()));
    }
}
