package dev.wecruit.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import dev.wecruit.KaribuTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageChange;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.BoardsMayBeBehind;
import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.pipeline.MoveFromAnotherNode;
import dev.wecruit.frame.NotFoundView;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.JsonNodeFactory;

class PipelineBoardViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired CandidateService candidates;
    @Autowired ApplicationService applications;
    @Autowired LiveBoards liveBoards;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    TestFirms.CreatedFirm firm;
    JobDetails job;
    ApplicationSummary zoe;
    ApplicationSummary sam;

    @BeforeEach
    void aJobWithTwoCandidates() {
        firm = TestFirms.aFirm("Board Partners").withMember(Role.RECRUITER).create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
        job = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany("Acme Ltd")).id()));
        zoe = applications.add(candidates.create(aCandidate().named("Zoë", "O'Brien").draft()).id(), job.id());
        sam = applications.add(candidates.create(aCandidate().named("Samir", "Haddad").draft()).id(), job.id());
    }

    @Test
    void the_board_shows_a_column_per_stage_with_its_count_and_cards() {
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");

        assertThat(_find(Div.class, spec -> spec.withClasses("board-column"))).hasSize(job.stages().size());
        assertThat(column(stage(0))).contains(stage(0).name() + "2", "Zoë O'Brien", "Samir Haddad", "Today");
        assertThat(column(stage(1))).isEqualTo(stage(1).name() + "0");
    }

    @Test
    void a_name_that_looks_like_html_is_shown_as_text() {
        applications.add(candidates.create(aCandidate().named("<img src=x onerror=alert(1)>", "Eve").draft()).id(),
                job.id());

        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");

        assertThat(column(stage(0))).contains("<img src=x onerror=alert(1)> Eve");
        assertThat(_find(Div.class, spec -> spec.withClasses("board-column-cards")))
                .allSatisfy(cards -> assertThat(cards.getElement().getProperty("innerHTML", ""))
                        .doesNotContain("<img"));
    }

    @Test
    void a_move_from_the_menu_is_saved_and_another_open_board_of_the_firm_shows_it() {
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");
        UI first = UI.getCurrent();
        UI second = openAnotherTab("jobs/" + job.id() + "/pipeline");

        UI.setCurrent(first);
        moveVia("Zoë O'Brien", stage(1).name());

        assertThat(stageOf(zoe.id())).isEqualTo(stage(1).id());
        assertThat(column(stage(1))).contains("Zoë O'Brien");
        UI.setCurrent(second);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(column(stage(1))).contains("Zoë O'Brien", "Moved by");
            assertThat(column(stage(0))).doesNotContain("Zoë O'Brien");
        });
    }

    @Test
    void moves_heard_from_another_node_show_and_a_board_that_may_be_behind_reads_itself_again() {
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");

        zoeIsMovedToTheSecondStageOnAnotherNode();

        // a move made while this node could not hear: only reading again shows it
        transactions.executeWithoutResult(status -> jdbc.update(
                "update applications set stage_id = ?, position = 0, version = version + 1 where id = ?",
                stage(2).id(), sam.id()));
        events.publishEvent(new BoardsMayBeBehind());
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(column(stage(2))).contains("Samir Haddad");
        });
    }

    @Test
    void the_jobs_owner_edits_its_stages_and_other_open_boards_follow_while_others_see_no_editor() {
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");
        assertThat(_find(Button.class, spec -> spec.withClasses("board-edit-stages")))
                .as("a recruiter who does not own the job sees no editor").isEmpty();

        UUID me = organizations.members().stream()
                .filter(member -> member.accountId().equals(firm.member(Role.RECRUITER).accountId()))
                .findFirst().orElseThrow().id();
        JobDetails mine = jobs.create(TestJobs.withOwner(TestJobs.aJobAt(job.companyId()), me));
        applications.add(zoe.candidateId(), mine.id());
        UI.getCurrent().navigate("jobs/" + mine.id() + "/pipeline");
        UI first = UI.getCurrent();
        UI second = openAnotherTab("jobs/" + mine.id() + "/pipeline");
        UI.setCurrent(first);

        _click(_get(Button.class, spec -> spec.withClasses("board-edit-stages")));
        _find(TextField.class).stream().filter(field -> field.getAriaLabel().orElse("").equals("Stage name"))
                .findFirst().orElseThrow().setValue("Longlist");
        _click(_find(Button.class, spec -> spec.withClasses("stage-editor-remove")).get(1));
        _click(_get(Button.class, spec -> spec.withClasses("stage-editor-save")));

        assertThat(_find(Div.class, spec -> spec.withClasses("board-column")))
                .extracting(column -> column.getElement().getAttribute("aria-label"))
                .startsWith("Longlist").doesNotContain(mine.stages().get(1).name());
        UI.setCurrent(second);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(_find(Div.class, spec -> spec.withClasses("board-column")))
                    .extracting(column -> column.getElement().getAttribute("aria-label")).startsWith("Longlist");
        });
    }

    @Test
    void a_card_dropped_on_another_takes_its_place_and_one_dropped_on_a_column_goes_last() {
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");
        UI first = UI.getCurrent();
        UI second = openAnotherTab("jobs/" + job.id() + "/pipeline");
        UI.setCurrent(first);

        drop(sam, stage(0), zoe);
        assertThat(applications.applicationsOf(job.id())).extracting(ApplicationSummary::id)
                .containsExactly(sam.id(), zoe.id());

        drop(sam, stage(1), null);
        assertThat(stageOf(sam.id())).isEqualTo(stage(1).id());
        assertThat(column(stage(1))).contains("Samir Haddad");
        assertThat(column(stage(0))).contains(stage(0).name() + "1").doesNotContain("Samir Haddad");

        UI.setCurrent(second);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(column(stage(1))).as("the other open board").contains("Samir Haddad");
            assertThat(column(stage(0))).doesNotContain("Samir Haddad");
        });
    }

    @Test
    void a_drop_on_a_stage_someone_just_removed_is_refused_with_a_message_and_the_board_shows_the_truth() {
        UUID me = organizations.members().stream()
                .filter(member -> member.accountId().equals(firm.member(Role.RECRUITER).accountId()))
                .findFirst().orElseThrow().id();
        JobDetails mine = jobs.create(TestJobs.withOwner(TestJobs.aJobAt(job.companyId()), me));
        ApplicationSummary card = applications.add(sam.candidateId(), mine.id());
        Stage removed = mine.stages().get(1);
        UI.getCurrent().navigate("jobs/" + mine.id() + "/pipeline");
        Div columns = _get(Div.class, spec -> spec.withClasses("board-columns"));
        // removed in another tab; the drop arrives before this board hears of it
        applications.changeStages(mine.id(), mine.stages().stream().filter(stage -> !stage.equals(removed))
                .map(stage -> new StageChange(stage.id(), stage.name(), stage.kind())).toList(), Map.of());

        drop(columns, card, removed, null);

        expectNotifications("This stage is no longer on the job's board");
        assertThat(_find(Div.class, spec -> spec.withClasses("board-column")))
                .extracting(column -> column.getElement().getAttribute("aria-label")).doesNotContain(removed.name());
        assertThat(stageOf(mine, card.id())).isEqualTo(mine.stages().getFirst().id());
    }

    @Test
    void a_board_that_sees_a_move_numbered_beyond_the_next_reads_itself_again() {
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");
        // move 1 never reached this board; move 2 does
        transactions.executeWithoutResult(status -> jdbc.update(
                "update applications set stage_id = ?, position = 0, version = version + 1 where id = ?",
                stage(2).id(), zoe.id()));
        events.publishEvent(new MoveFromAnotherNode(new CandidateMoved(firm.id(), job.id(), 2, sam.id(),
                sam.candidateId(), stage(0).id(), stage(0).id(), 1, 0, sam.version() + 1, null, Instant.now())));

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(column(stage(2))).as("what only reading again shows").contains("Zoë O'Brien");
        });
    }

    @Test
    void a_candidate_added_to_the_job_appears_on_its_open_board() {
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");

        applications.add(candidates.create(aCandidate().named("Léa", "Martin").draft()).id(), job.id());

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(column(stage(0))).contains(stage(0).name() + "3", "Léa Martin");
        });
    }

    @Test
    void moving_to_a_rejected_stage_asks_why_and_a_cancelled_dialog_leaves_the_card() {
        Stage rejected = job.stages().stream().filter(stage -> stage.kind() == StageKind.REJECTED).findFirst()
                .orElseThrow();
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");

        moveVia("Samir Haddad", rejected.name());
        _click(_get(Button.class, spec -> spec.withText("Cancel")));
        assertThat(column(stage(0))).contains("Samir Haddad");
        assertThat(stageOf(sam.id())).isEqualTo(stage(0).id());

        moveVia("Samir Haddad", rejected.name());
        _click(_get(Button.class, spec -> spec.withClasses("board-reject-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Reason")).getErrorMessage())
                .isEqualTo("Give a reason for the rejection");
        _get(TextArea.class, spec -> spec.withLabel("Reason")).setValue("Wants a fully remote role");
        _click(_get(Button.class, spec -> spec.withClasses("board-reject-confirm")));

        assertThat(stageOf(sam.id())).isEqualTo(rejected.id());
        assertThat(column(rejected)).contains("Samir Haddad");
    }

    @Test
    void a_card_someone_else_moved_first_snaps_to_where_they_put_it_with_a_message() {
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");
        // a move made on another app node whose news has not reached this one yet
        transactions.executeWithoutResult(status -> jdbc.update(
                "update applications set stage_id = ?, position = 0, version = version + 1 where id = ?",
                stage(2).id(), zoe.id()));

        moveVia("Zoë O'Brien", stage(1).name());

        expectNotifications("Zoë O'Brien was just moved by someone else. The board shows where they are now.");
        assertThat(stageOf(zoe.id())).isEqualTo(stage(2).id());
        assertThat(column(stage(2))).contains("Zoë O'Brien");
        assertThat(column(stage(1))).doesNotContain("Zoë O'Brien");
    }

    @Test
    void a_board_of_another_firm_hears_nothing_of_this_firms_moves() {
        List<CandidateMoved> heard = new CopyOnWriteArrayList<>();
        var other = TestFirms.aFirm("Rival Search").withMember(Role.RECRUITER).create(accounts, organizations);
        // even a board that named this firm's job: its key is the other firm's, so nothing reaches it
        var registration = liveBoards.join(new LiveBoards.Viewer(other.id(), job.id(), UUID.randomUUID(), "Rival",
                UI.getCurrent(), heard::add, names -> { }, () -> { }));
        try {
            applications.move(zoe.id(), zoe.version(), stage(1).id(), 0, null);
            liveBoards.deliver(new CandidateMoved(firm.id(), job.id(), 1, zoe.id(), zoe.candidateId(),
                    stage(0).id(), stage(1).id(), 0, 0, zoe.version() + 1, null, Instant.now()));
            MockVaadin.clientRoundtrip(false);
            assertThat(heard).isEmpty();
        } finally {
            registration.remove();
        }

        SignedIn.out();
        signIn(other.member(Role.RECRUITER));
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");
        assertThat(_find(NotFoundView.class)).hasSize(1);
        assertThat(pageText()).doesNotContain("O'Brien", "Haddad");
    }

    @Test
    void who_moved_a_card_is_said_once_and_showing_the_column_again_leaves_it_out() {
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");
        zoeIsMovedToTheSecondStageOnAnotherNode();

        _get(TextField.class, spec -> spec.withPlaceholder("Filter by name or title")).setValue("zo");

        assertThat(column(stage(1))).contains("Zoë O'Brien").doesNotContain("Moved by");
    }

    @Test
    void the_text_filter_hides_cards_that_do_not_match_and_keeps_the_counts() {
        UI.getCurrent().navigate("jobs/" + job.id() + "/pipeline");

        _get(TextField.class, spec -> spec.withPlaceholder("Filter by name or title")).setValue("samir");

        assertThat(column(stage(0))).contains("Samir Haddad", stage(0).name() + "2").doesNotContain("O'Brien");
    }

    /** What MoveFanOut publishes when another node commits a move: Zoë to the second stage; the board shows it. */
    private void zoeIsMovedToTheSecondStageOnAnotherNode() {
        transactions.executeWithoutResult(status -> jdbc.update(
                "update applications set stage_id = ?, position = 0, version = version + 1 where id = ?",
                stage(1).id(), zoe.id()));
        events.publishEvent(new MoveFromAnotherNode(new CandidateMoved(firm.id(), job.id(), 1, zoe.id(),
                zoe.candidateId(), stage(0).id(), stage(1).id(), 0, 0, zoe.version() + 1, null, Instant.now())));
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(column(stage(1))).contains("Zoë O'Brien", "Moved by someone");
        });
    }

    private Stage stage(int index) {
        return job.stages().get(index);
    }

    private UUID stageOf(UUID applicationId) {
        return stageOf(job, applicationId);
    }

    private UUID stageOf(JobDetails of, UUID applicationId) {
        return applications.applicationsOf(of.id()).stream().filter(card -> card.id().equals(applicationId))
                .findFirst().orElseThrow().stageId();
    }

    /** What a column shows as text: its name and count, then each card's text. */
    private static String column(Stage stage) {
        Div column = _find(Div.class, spec -> spec.withClasses("board-column")).stream()
                .filter(view -> stage.name().equals(view.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        return column.getElement().getTextRecursively() + cards(column).stream()
                .map(Element::text).collect(Collectors.joining());
    }

    /** The cards of a column, as the browser builds them from the HTML the server sent. */
    private static List<Element> cards(Div column) {
        Div cards = _find(column, Div.class, spec -> spec.withClasses("board-column-cards")).getFirst();
        return Jsoup.parseBodyFragment(cards.getElement().getProperty("innerHTML", "")).select(".board-card");
    }

    /** Drops a card as the browser reports it: what was dragged, onto which column and which card there. */
    private static void drop(ApplicationSummary card, Stage column, ApplicationSummary onto) {
        drop(_get(Div.class, spec -> spec.withClasses("board-columns")), card, column, onto);
    }

    private static void drop(Div columns, ApplicationSummary card, Stage column, ApplicationSummary onto) {
        var data = JsonNodeFactory.instance.objectNode()
                .put("event.dataTransfer.getData('text/plain')", card.id().toString())
                .put("event.target.closest('.board-column')?.dataset.stage", column.id().toString())
                .put("event.target.closest('.board-card')?.dataset.application",
                        onto == null ? null : onto.id().toString());
        _fireDomEvent(columns.getElement(), new DomEvent(columns.getElement(), "drop", data));
    }

    /** Presses a card's move button and picks where it goes, as a keyboard user does. */
    private static void moveVia(String name, String stageName) {
        Div columns = _get(Div.class, spec -> spec.withClasses("board-columns"));
        String card = _find(Div.class, spec -> spec.withClasses("board-column")).stream()
                .flatMap(column -> cards(column).stream()).filter(view -> view.text().contains(name)).findFirst()
                .orElseThrow().attr("data-application");
        // what the browser sends: the press was on a move button (the listener's filter), and on which card
        var data = JsonNodeFactory.instance.objectNode()
                .put("event.target.closest('.board-card-move') != null", true)
                .put("event.target.closest('.board-card').dataset.application", card);
        _fireDomEvent(columns.getElement(), new DomEvent(columns.getElement(), "click", data));
        _click(_get(Button.class, spec -> spec.withText(stageName).withClasses("board-move-to")));
    }
}
