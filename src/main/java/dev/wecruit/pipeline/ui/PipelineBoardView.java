package dev.wecruit.pipeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.OrganizationService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A job's pipeline as a board: a column per stage, a card per candidate. Drag a card to another column or place, or
 * use its "Move to" menu from the keyboard. Every open board of the job in the firm shows each move within a moment,
 * through Vaadin Push, with a short highlight saying who moved what.
 */
@Route("jobs/:id/pipeline")
@PermitAll
class PipelineBoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private final JobService jobs;
    private final CandidateService candidates;
    private final CurrentTenant currentTenant;
    private final LiveBoards liveBoards;
    private final Map<UUID, String> memberNames;
    private final Clock clock = Clock.systemUTC();

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
    private Map<UUID, List<Card>> board = new LinkedHashMap<>();
    private Registration liveRegistration;

    /** A card as the board shows it: the application and the candidate it is about. */
    static final class Card {
        private ApplicationSummary application;
        private final CandidateSummary candidate;
        private String movedBy;

        Card(ApplicationSummary application, CandidateSummary candidate) {
            this.application = application;
            this.candidate = candidate;
        }

        ApplicationSummary application() {
            return application;
        }

        CandidateSummary candidate() {
            return candidate;
        }
    }

    PipelineBoardView(ApplicationService applications, JobService jobs, CandidateService candidates,
            OrganizationService organizations, CurrentTenant currentTenant, LiveBoards liveBoards) {
        this.applications = applications;
        this.jobs = jobs;
        this.candidates = candidates;
        this.currentTenant = currentTenant;
        this.liveBoards = liveBoards;
        this.memberNames = organizations.memberNames();
        addClassName("pipeline-board-view");

        presence.addClassName("board-presence");
        editStages.addClassName("board-edit-stages");
        editStages.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        editStages.addClickListener(click -> new StageEditorDialog(applications, job.id(), job.stages(),
                stageId -> board.getOrDefault(stageId, List.of()).size(), this::load).open());
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
        editStages.setVisible(jobs.canEditStages(job.id()));
        load();
    }

    @Override
    public String getPageTitle() {
        return (job == null ? "Pipeline" : job.title() + " · pipeline") + " · Wecruit";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        MemberPrincipal me = currentTenant.requireMember();
        liveRegistration = liveBoards.join(new LiveBoards.Viewer(me.membership().tenantId(), job.id(),
                me.membership().memberId(),
                me.displayName(), attachEvent.getUI(), this::apply, this::showPresence,
                () -> currentTenant.runAs(me.membership().tenantId(), this::load)));
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
        List<ApplicationSummary> cards = applications.applicationsOf(job.id());
        Map<UUID, CandidateSummary> people = candidates.summaries(cards.stream()
                .map(ApplicationSummary::candidateId).toList());
        board = new LinkedHashMap<>();
        job.stages().forEach(stage -> board.put(stage.id(), new ArrayList<>()));
        for (ApplicationSummary card : cards) {
            CandidateSummary person = people.get(card.candidateId());
            if (person != null && board.containsKey(card.stageId())) {
                board.get(card.stageId()).add(new Card(card, person));
            }
        }
        board.values().forEach(column -> column.sort((a, b) -> Integer.compare(a.application.position(),
                b.application.position())));
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
            DropTarget.create(end).addDropListener(drop -> drop.getDragSourceComponent()
                    .flatMap(this::cardOf).ifPresent(card -> move(card, stage, Integer.MAX_VALUE)));
            var column = new Div(heading, cards, end);
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
            renderColumn(stage);
        }
    }

    private void renderColumn(Stage stage) {
        Div cards = columnCards.get(stage.id());
        if (cards == null) {
            return;
        }
        List<Card> column = board.getOrDefault(stage.id(), List.of());
        cards.removeAll();
        column.stream().filter(this::shown).forEach(card -> cards.add(cardComponent(card, stage)));
        columnCounts.get(stage.id()).setText(String.valueOf(column.size()));
    }

    private boolean shown(Card card) {
        if (onlyMine.getValue() && !currentTenant.currentMemberId().equals(Optional.ofNullable(
                card.candidate.ownerId()))) {
            return false;
        }
        if (tag.getValue() != null && !card.candidate.tags().contains(tag.getValue())) {
            return false;
        }
        String typed = text.getValue().strip().toLowerCase(Locale.ROOT);
        return typed.isEmpty() || (card.candidate.fullName() + " " + Objects.requireNonNullElse(
                card.candidate.currentTitle(), "")).toLowerCase(Locale.ROOT).contains(typed);
    }

    private Component cardComponent(Card card, Stage stage) {
        var name = new Anchor("candidates/" + card.candidate.id(), card.candidate.fullName());
        name.addClassName("board-card-name");
        var line = new Div(card.candidate.currentTitle() == null ? "" : card.candidate.currentTitle());
        line.addClassName("board-card-title");
        var meta = new Div(timeInStage(card.application.stageEnteredAt())
                + (card.candidate.ownerId() == null ? "" : " · " + memberNames.getOrDefault(card.candidate.ownerId(),
                        "")));
        meta.addClassName("board-card-meta");
        var tags = new Div();
        tags.addClassName("board-card-tags");
        card.candidate.tags().forEach(value -> {
            var chip = new Span(value);
            chip.getElement().getThemeList().add("badge small");
            tags.add(chip);
        });
        var view = new Div(name, line, meta, tags, moveMenu(card, stage));
        view.addClassName("board-card");
        if (card.movedBy != null) {
            var moved = new Div("Moved by " + card.movedBy);
            moved.addClassName("board-card-moved-by");
            view.add(moved);
            view.addClassName("board-card-moved");
            card.movedBy = null;
        }
        view.getElement().setAttribute("data-application", card.application.id().toString());
        DragSource.create(view);
        // dropping a card on another puts it in that card's place
        DropTarget.create(view).addDropListener(drop -> drop.getDragSourceComponent().flatMap(this::cardOf)
                .filter(dragged -> dragged != card)
                .ifPresent(dragged -> move(dragged, stage, board.get(stage.id()).indexOf(card))));
        return view;
    }

    /** "Move to…" on every card: the keyboard's way to do what dragging does. */
    private MenuBar moveMenu(Card card, Stage current) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_SMALL);
        menu.addClassName("board-card-menu");
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.getElement().setAttribute("aria-label", "Move to…");
        root.setTooltipText("Move to…");
        SubMenu moveTo = root.getSubMenu();
        for (Stage stage : job.stages()) {
            if (!stage.id().equals(current.id())) {
                moveTo.addItem(stage.name(), click -> move(card, stage, Integer.MAX_VALUE));
            }
        }
        List<Card> column = board.get(current.id());
        int index = column.indexOf(card);
        if (index > 0) {
            moveTo.addItem("Up", click -> move(card, current, index - 1));
        }
        if (index < column.size() - 1) {
            moveTo.addItem("Down", click -> move(card, current, index + 1));
        }
        menu.getElement().setAttribute("aria-label", "Move " + card.candidate.fullName());
        return menu;
    }

    private Optional<Card> cardOf(Component component) {
        String id = component.getElement().getAttribute("data-application");
        return id == null ? Optional.empty() : board.values().stream().flatMap(List::stream)
                .filter(card -> card.application.id().toString().equals(id)).findFirst();
    }

    /** Moves a card as the member asked; a rejection first asks why, and a cancelled dialog leaves the card. */
    void move(Card card, Stage to, int position) {
        if (to.kind() == StageKind.REJECTED && !to.id().equals(card.application.stageId())) {
            askWhy(card, to, position);
            return;
        }
        send(card, to, position, null);
    }

    private void askWhy(Card card, Stage to, int position) {
        var dialog = new Dialog("Why is " + card.candidate.fullName() + " rejected?");
        dialog.addClassName("board-reject-dialog");
        var reason = new TextArea("Reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText("Kept with the application; the client does not see it");
        var confirm = new Button("Reject", click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Give a reason for the rejection");
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            send(card, to, position, reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClassName("board-reject-confirm");
        dialog.add(reason);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void send(Card card, Stage to, int position, String reason) {
        try {
            ApplicationSummary moved = applications.move(card.application.id(), card.application.version(), to.id(),
                    position, reason);
            applyLocally(card, moved);
        } catch (StaleRecordException e) {
            Notification.show(card.candidate.fullName() + " was just moved by someone else. The board shows where "
                    + "they are now.", 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            load();
        } catch (InvalidInputException | RecordNotFoundException e) {
            String message = e instanceof InvalidInputException invalid
                    ? String.join(" ", invalid.fieldErrors().values())
                    : "That card is no longer on this board.";
            Notification.show(message, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            load();
        }
    }

    /** Puts a card where the server says it now is, and shows the affected columns again. */
    private void applyLocally(Card card, ApplicationSummary moved) {
        UUID from = card.application.stageId();
        board.get(from).remove(card);
        card.application = moved;
        List<Card> target = board.get(moved.stageId());
        target.add(Math.min(moved.position(), target.size()), card);
        job.stages().stream().filter(stage -> stage.id().equals(from) || stage.id().equals(moved.stageId()))
                .forEach(this::renderColumn);
    }

    /** A move someone made, on this board or another: applied unless the board already shows it. */
    private void apply(CandidateMoved move) {
        Optional<Card> card = board.values().stream().flatMap(List::stream)
                .filter(shown -> shown.application.id().equals(move.applicationId())).findFirst();
        if (card.isPresent() && card.get().application.version() >= move.version()) {
            return;
        }
        if (card.isEmpty() || !board.containsKey(move.toStageId())) {
            // a card or stage this board has not seen yet: read it all again, under the firm the move belongs to
            currentTenant.runAs(move.tenantId(), this::load);
            return;
        }
        Card moved = card.get();
        ApplicationSummary before = moved.application;
        moved.movedBy = move.actorId() == null ? "someone" : memberNames.getOrDefault(move.actorId(), "someone");
        applyLocally(moved, new ApplicationSummary(before.id(), before.candidateId(), before.jobId(),
                move.toStageId(), move.toPosition(), move.changedStage() ? move.movedAt() : before.stageEnteredAt(),
                before.rejectionReason(), move.version()));
    }

    private void showPresence(List<String> others) {
        presence.setText(others.isEmpty() ? "" : "Also looking: " + String.join(", ", others));
    }

    private String timeInStage(Instant enteredAt) {
        long days = Duration.between(enteredAt, clock.instant()).toDays();
        return days < 1 ? "Today" : days == 1 ? "1 day in stage" : days + " days in stage";
    }
}
