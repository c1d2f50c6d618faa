package dev.wecruit.pipeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.PipelineLock;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.StageService;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.pipeline.ui.BoardState.Card;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A job's pipeline as a board: a column per stage, a card per candidate. Drag a card to another column or place, or
 * use its "Move to" menu from the keyboard. Every open board of the job in the firm shows each move within a moment,
 * through Vaadin Push, with a short highlight saying who moved what. What the board shows, and which moves it may
 * apply, is its {@link BoardState}; the cards are HTML from {@link BoardCardRenderer}.
 */
@Route("jobs/:id/pipeline")
@PermitAll
class PipelineBoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private final JobService jobs;
    private final StageService stages;
    private final PipelineLock pipelines;
    private final CandidateService candidates;
    private final CurrentTenant currentTenant;
    /** Viewers follow the board live but cannot move cards: no drag, no move buttons, no listeners for either. */
    private final boolean mayMove;
    private final LiveBoards liveBoards;
    private final Map<UUID, String> memberNames;
    private final BoardCardRenderer renderer;

    private final H2 title = new H2();
    private final Span presence = new Span();
    private final Button editStages = new Button("Edit stages", VaadinIcon.COG.create());
    private final Checkbox onlyMine = new Checkbox("Only my candidates");
    private final ComboBox<String> tag = new ComboBox<>("Tag");
    private final TextField text = new TextField();
    private final Div columns = new Div();
    private final Map<UUID, Div> columnCards = new LinkedHashMap<>();
    private final Map<UUID, Span> columnCounts = new LinkedHashMap<>();

    private JobDetails job;
    private BoardState state;
    private Registration liveRegistration;
    /** Whose board it is: from the signed-in member, kept for work done later on behalf of this board. */
    private final UUID tenantId;
    private final UUID memberId;
    private final String memberName;

    PipelineBoardView(ApplicationService applications, JobService jobs, StageService stages, PipelineLock pipelines,
            CandidateService candidates, OrganizationService organizations, CurrentTenant currentTenant,
            LiveBoards liveBoards, Clock clock) {
        this.applications = applications;
        this.jobs = jobs;
        this.stages = stages;
        this.pipelines = pipelines;
        this.candidates = candidates;
        this.currentTenant = currentTenant;
        this.liveBoards = liveBoards;
        this.memberNames = organizations.memberNames();
        MemberPrincipal me = currentTenant.requireMember();
        this.tenantId = me.membership().tenantId();
        this.memberId = me.membership().memberId();
        this.memberName = me.displayName();
        this.mayMove = currentTenant.may(Role.RECRUITER);
        this.renderer = new BoardCardRenderer(mayMove, memberNames, clock);
        addClassName("pipeline-board-view");

        presence.addClassName("board-presence");
        editStages.addClassName("board-edit-stages");
        editStages.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        editStages.addClickListener(click -> new StageEditorDialog(applications, job.id(), job.stages(),
                stageId -> state.column(stageId).size(), this::load).open());
        var header = new Div(title, new Div(presence, editStages));
        header.addClassName("board-header");
        onlyMine.addValueChangeListener(event -> render());
        tag.setClearButtonVisible(true);
        tag.addValueChangeListener(event -> render());
        text.setPlaceholder("Filter by name or title");
        text.setAriaLabel("Filter cards");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(event -> render());
        var filters = new Div(text, tag, onlyMine);
        filters.addClassName("board-filters");
        columns.addClassName("board-columns");
        if (!mayMove) {
            var readOnly = new Span("View only: your role lets you follow this board, not move its cards.");
            readOnly.addClassName("board-read-only");
            add(header, readOnly, filters, columns);
            return;
        }
        // one listener each for the whole board, however many cards it holds
        columns.getElement().addEventListener("click", event -> uuid(event,
                        "event.target.closest('.board-card').dataset.application").ifPresent(this::openMoveDialog))
                .setFilter("event.target.closest('.board-card-move') != null")
                .addEventData("event.target.closest('.board-card').dataset.application");
        columns.getElement().addEventListener("drop", this::dropped)
                .addEventData("event.dataTransfer.getData('text/plain')")
                .addEventData("event.target.closest('.board-column')?.dataset.stage")
                .addEventData("event.target.closest('.board-card')?.dataset.application")
                .preventDefault();
        add(header, filters, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<JobDetails> found = event.getRouteParameters().get("id").flatMap(RecordPageView::parseId)
                .flatMap(jobs::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No such job in your firm");
            return;
        }
        job = found.get();
        title.removeAll();
        title.add(new Anchor("jobs/" + job.id(), job.title()), new Span(" · pipeline"));
        editStages.setVisible(stages.canEditStages(job.id()));
        // listen first, then read: a move committed in between is heard, not lost
        joinLiveBoards(event.getUI());
        load();
    }

    @Override
    public String getPageTitle() {
        return (job == null ? "Pipeline" : job.title() + " · pipeline") + " · Wecruit";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // the browser's side of dragging: what is dragged, and that a column accepts it
        columns.getElement().executeJs("""
                this.addEventListener('dragstart', e => {
                    const card = e.target.closest('.board-card');
                    if (card) {
                        e.dataTransfer.setData('text/plain', card.dataset.application);
                        e.dataTransfer.effectAllowed = 'move';
                    }
                });
                this.addEventListener('dragover', e => {
                    if (e.target.closest('.board-column')) {
                        e.preventDefault();
                    }
                });""");
        if (liveRegistration == null) {
            // attached again without a navigation: catch up on what was missed meanwhile
            joinLiveBoards(attachEvent.getUI());
            load();
        }
    }

    /** Hears the moves of the job shown, and only of it: joining again when the view shows another job. */
    private void joinLiveBoards(UI ui) {
        if (liveRegistration != null) {
            liveRegistration.remove();
        }
        liveRegistration = liveBoards.join(new LiveBoards.Viewer(tenantId, job.id(), memberId, memberName, ui,
                this::apply, this::showPresence, this::reload));
    }

    /** Reads the board again for work that does not come from this board's own request, such as a push. */
    private void reload() {
        currentTenant.runAs(tenantId, this::load);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }

    /** Reads the board from the database: after opening, and whenever it may be behind. */
    private void load() {
        job = jobs.find(job.id()).orElse(job);
        // the number first: a move committed while the cards are read is then applied again, which is harmless
        long sequence = pipelines.lastMove(job.id());
        List<ApplicationSummary> cards = applications.applicationsOf(job.id());
        Map<UUID, CandidateSummary> people = candidates.summaries(cards.stream()
                .map(ApplicationSummary::candidateId).toList());
        state = new BoardState(sequence, job.stages(), cards, people);
        tag.setItems(cards.stream().map(ApplicationSummary::candidateId).map(people::get)
                .filter(Objects::nonNull).flatMap(person -> person.tags().stream()).distinct().sorted()
                .toList());
        buildColumns();
        render();
    }

    private void buildColumns() {
        columns.removeAll();
        columnCards.clear();
        columnCounts.clear();
        for (Stage stage : job.stages()) {
            var count = new Span();
            count.addClassName("board-column-count");
            var name = new Span(stage.name());
            name.addClassName("board-column-name");
            var heading = new Div(name, count);
            heading.addClassName("board-column-header");
            var cards = new Div();
            cards.addClassName("board-column-cards");
            // dropping below the last card, or into an empty column, puts the card last
            var end = new Div();
            end.addClassName("board-column-end");
            var column = new Div(heading, cards, end);
            column.getElement().setAttribute("data-stage", stage.id().toString());
            column.addClassNames("board-column", "board-column-" + stage.kind().name().toLowerCase(Locale.ROOT));
            column.getElement().setAttribute("aria-label", stage.name());
            columns.add(column);
            columnCards.put(stage.id(), cards);
            columnCounts.put(stage.id(), count);
        }
    }

    /** Shows the cards that pass the filters, in board order; counts are of every card in the column. */
    private void render() {
        for (Stage stage : job.stages()) {
            renderColumn(stage.id());
        }
    }

    private void renderColumn(UUID stageId) {
        Div cards = columnCards.get(stageId);
        if (cards == null) {
            return;
        }
        List<Card> column = state.column(stageId);
        List<Card> shown = column.stream().filter(this::passesFilters).toList();
        cards.getElement().setProperty("innerHTML", renderer.cards(shown, state.movedBy()));
        // who moved a card is said once; showing the column again (a filter, the next move) leaves it out
        state.shown(shown);
        columnCounts.get(stageId).setText(String.valueOf(column.size()));
    }

    private boolean passesFilters(Card card) {
        if (onlyMine.getValue() && !memberId.equals(card.candidate().ownerId())) {
            return false;
        }
        if (tag.getValue() != null && !card.candidate().tags().contains(tag.getValue())) {
            return false;
        }
        String typed = text.getValue().strip().toLowerCase(Locale.ROOT);
        return typed.isEmpty() || (card.candidate().fullName() + " " + Objects.requireNonNullElse(
                card.candidate().currentTitle(), "")).toLowerCase(Locale.ROOT).contains(typed);
    }

    /** "Move to…" for one card, from its move button. */
    private void openMoveDialog(UUID applicationId) {
        Optional<Card> found = state.card(applicationId);
        if (found.isEmpty()) {
            return;
        }
        Card card = found.get();
        Stage current = stageOf(card.application().stageId());
        new MoveCardDialog(card.candidate().fullName(), job.stages(), current, state.indexIn(current.id(), card.id()),
                state.column(current.id()).size(), (stage, position) -> move(applicationId, stage, position)).open();
    }

    /** A card dropped on a column, or on a card (it takes that card's place). */
    private void dropped(DomEvent drop) {
        Optional<Card> card = uuid(drop, "event.dataTransfer.getData('text/plain')").flatMap(state::card);
        Optional<Stage> stage = uuid(drop, "event.target.closest('.board-column')?.dataset.stage")
                .flatMap(id -> job.stages().stream().filter(candidate -> candidate.id().equals(id)).findFirst());
        if (card.isEmpty() || stage.isEmpty()) {
            return;
        }
        int position = uuid(drop, "event.target.closest('.board-card')?.dataset.application")
                .map(onto -> state.indexIn(stage.get().id(), onto)).filter(index -> index >= 0)
                .orElse(Integer.MAX_VALUE);
        // the dragged card takes the target's place; the target shifts toward where the dragged card came from
        move(card.get().id(), stage.get(), position);
    }

    private Stage stageOf(UUID stageId) {
        return job.stages().stream().filter(stage -> stage.id().equals(stageId)).findFirst().orElseThrow();
    }

    private static Optional<UUID> uuid(DomEvent event, String expression) {
        JsonNode value = event.getEventData().get(expression);
        return value == null || value.isNull() ? Optional.empty() : RecordPageView.parseId(value.asString());
    }

    /**
     * Moves a card as the member asked; a rejection first asks why, and a cancelled dialog leaves the card. The card
     * is looked up by id when the member confirms: while a dialog was open, a move heard may have changed its version,
     * or the board may have read itself again.
     */
    private void move(UUID applicationId, Stage to, int position) {
        Optional<Card> card = state.card(applicationId);
        if (card.isPresent() && to.kind() == StageKind.REJECTED
                && !to.id().equals(card.get().application().stageId())) {
            new RejectCardDialog(card.get().candidate().fullName(),
                    reason -> send(applicationId, to, position, reason)).open();
            return;
        }
        send(applicationId, to, position, null);
    }

    private void send(UUID applicationId, Stage to, int position, String reason) {
        Optional<Card> card = state.card(applicationId);
        if (card.isEmpty()) {
            // the board read itself again while a dialog was open, and the card has left it
            refused("That card is no longer on this board.");
            return;
        }
        ApplicationSummary application = card.get().application();
        try {
            ApplicationSummary moved = applications.move(application.id(), application.version(), to.id(), position,
                    reason);
            show(state.place(moved), this::load);
        } catch (StaleRecordException e) {
            Notification.show(card.get().candidate().fullName() + " was just moved by someone else. The board shows "
                    + "where they are now.", 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            load();
        } catch (InvalidInputException | RecordNotFoundException e) {
            refused(e instanceof InvalidInputException invalid
                    ? String.join(" ", invalid.fieldErrors().values())
                    : "That card is no longer on this board.");
        }
    }

    private void refused(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        load();
    }

    /** A move someone made, on this board or another: applied in the job's order, unless already shown. */
    private void apply(CandidateMoved move) {
        String byWhom = move.actorId() == null ? "someone" : memberNames.getOrDefault(move.actorId(), "someone");
        show(state.apply(move, byWhom), this::reload);
    }

    /** Shows the columns a move changed, or reads the whole board again when the board cannot patch itself. */
    private void show(BoardState.Change change, Runnable readAgain) {
        switch (change) {
            case BoardState.Moved(List<UUID> stageIds) -> stageIds.forEach(this::renderColumn);
            case BoardState.Behind() -> readAgain.run();
            case BoardState.Unchanged() -> {
            }
        }
    }

    private void showPresence(List<String> others) {
        presence.setText(others.isEmpty() ? "" : "Also looking: " + String.join(", ", others));
    }
}
