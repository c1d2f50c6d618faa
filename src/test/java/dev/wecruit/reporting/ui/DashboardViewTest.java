package dev.wecruit.reporting.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.KaribuTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.reporting.ui.DashboardParameters.Period;
import dev.wecruit.reporting.ui.DashboardParameters.View;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard as a recruiter and an admin see it. The recruiter owns "Data Engineer", with Zoë moved on to the
 * third stage and Samir still in the first; the admin owns "Office Manager", with Ola in the first. Another firm's
 * job, with candidates of its own, must never show.
 */
class DashboardViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired CandidateService candidates;
    @Autowired ApplicationService applications;
    @Autowired LiveDashboards live;

    TestFirms.CreatedFirm firm;
    UUID tenant;
    UUID recruiter;
    UUID admin;
    UUID client;
    JobDetails mine;
    JobDetails theirs;
    ApplicationSummary zoe;
    ApplicationSummary sam;

    @BeforeEach
    void twoJobsOfTwoOwners() {
        var other = TestFirms.aFirm("Rival Search").withMember(Role.ADMIN).create(accounts, organizations);
        signIn(other.member(Role.ADMIN));
        JobDetails rival = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany("Rival Client")).id())
                .toBuilder().title("Rival Secret Role").build());
        for (String name : List.of("Rhea", "Rory", "Ruth", "Rufus")) {
            applications.add(candidates.create(aCandidate().named(name, "Rival").draft()).id(), rival.id());
        }

        firm = TestFirms.aFirm("Dash Partners").withMember(Role.RECRUITER).withMember(Role.ADMIN)
                .create(accounts, organizations);
        tenant = firm.id();
        signIn(firm.member(Role.ADMIN));
        admin = memberOf(firm.member(Role.ADMIN));
        recruiter = memberOf(firm.member(Role.RECRUITER));
        client = companies.create(TestCompanies.aCompany("Acme Ltd")).id();
        UUID otherClient = companies.create(TestCompanies.aCompany("Brightwater")).id();
        mine = jobs.create(TestJobs.withOwner(TestJobs.aJobAt(client), recruiter).toBuilder().title("Data Engineer")
                .build());
        theirs = jobs.create(TestJobs.withOwner(TestJobs.aJobAt(otherClient), admin).toBuilder()
                .title("Office Manager").build());
        zoe = applications.add(candidates.create(aCandidate().named("Zoë", "O'Brien").draft()).id(), mine.id());
        sam = applications.add(candidates.create(aCandidate().named("Samir", "Haddad").draft()).id(), mine.id());
        applications.add(candidates.create(aCandidate().named("Ola", "Nordmann").draft()).id(), theirs.id());
        zoe = applications.move(zoe.id(), zoe.version(), mine.stages().get(1).id(), 0, null);
        zoe = applications.move(zoe.id(), zoe.version(), mine.stages().get(2).id(), 0, null);
    }

    private UUID memberOf(TestFirms.CreatedMember member) {
        return organizations.members().stream().filter(found -> found.accountId().equals(member.accountId()))
                .findFirst().orElseThrow().id();
    }

    @Test
    void a_recruiter_opens_on_their_own_jobs_and_can_switch_to_the_firm() {
        signIn(firm.member(Role.RECRUITER));
        UI.getCurrent().navigate("");

        assertThat(viewSwitch().getValue()).isEqualTo(View.MINE);
        assertThat(funnelSteps()).startsWith(2L, 1L, 1L);
        assertThat(pageText()).contains("Data Engineer").doesNotContain("Office Manager");

        viewSwitch().setValue(View.FIRM);

        assertThat(funnelSteps()).startsWith(3L, 1L, 1L);
        assertThat(shownAddress().getQueryParameters().getParameters()).containsEntry("view", List.of("firm"));
    }

    @Test
    void an_admin_opens_on_the_firm_and_another_firms_data_never_shows() {
        signIn(firm.member(Role.ADMIN));
        UI.getCurrent().navigate("");

        assertThat(viewSwitch().getValue()).isEqualTo(View.FIRM);
        assertThat(funnelSteps()).startsWith(3L, 1L, 1L);
        assertThat(_get(Span.class, spec -> spec.withClasses("firm-overview-candidates")).getElement()
                .getTextRecursively()).isEqualTo("3 candidates");
        assertThat(pageText()).contains("Data Engineer", "Office Manager").doesNotContain("Rival");
    }

    @Test
    void the_filters_come_from_the_address_and_every_change_goes_back_into_it() {
        signIn(firm.member(Role.ADMIN));
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("view", "firm", "period", "custom",
                "from", "2026-01-01", "to", LocalDate.now().toString(), "client", client.toString(),
                "owner", recruiter.toString())));

        assertThat(periodSelect().getValue()).isEqualTo(Period.CUSTOM);
        assertThat(this.<Object>combo("dashboard-client").getValue()).extracting("name").isEqualTo("Acme Ltd");
        assertThat(this.<Object>combo("dashboard-owner").getValue()).extracting("id").isEqualTo(recruiter);
        assertThat(funnelSteps()).as("the recruiter's job at Acme only").startsWith(2L, 1L, 1L);

        periodSelect().setValue(Period.LAST_30_DAYS);
        this.<Object>combo("dashboard-client").clear();

        Location address = shownAddress();
        Map<String, List<String>> shown = address.getQueryParameters().getParameters();
        assertThat(shown).containsEntry("period", List.of("30d")).containsEntry("owner", List.of(recruiter.toString()))
                .doesNotContainKeys("from", "to", "client");
        UI.getCurrent().navigate("", address.getQueryParameters());
        assertThat(periodSelect().getValue()).as("the address restores the same filters").isEqualTo(Period.LAST_30_DAYS);
        assertThat(this.<Object>combo("dashboard-owner").getValue()).extracting("id").isEqualTo(recruiter);
    }

    @Test
    void clicking_a_funnel_bar_opens_the_candidates_who_reached_that_stage() {
        signIn(firm.member(Role.ADMIN));
        UI.getCurrent().navigate("");
        EChart funnel = chart("dashboard-funnel");

        funnel.clicked(0, 2);

        Location opened = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(opened.getPath()).isEqualTo("candidates");
        assertThat(opened.getQueryParameters().getParameters()).containsEntry("stage",
                List.of(mine.stages().get(2).name()));
        assertThat(candidateNames()).containsExactly("Zoë O'Brien");
        assertThat(_get(Div.class, spec -> spec.withClasses("candidate-list-reach")).getElement()
                .getTextRecursively()).startsWith("Reached " + mine.stages().get(2).name());

        UI.getCurrent().navigate("");
        chart("dashboard-funnel").clicked(0, 0);
        assertThat(candidateNames()).containsExactlyInAnyOrder("Zoë O'Brien", "Samir Haddad", "Ola Nordmann");
    }

    @Test
    void the_placed_figure_opens_the_candidates_placed_in_the_period_and_a_rejected_one_reached_nothing_more() {
        ApplicationSummary ola = applications.applicationsOf(theirs.id()).getFirst();
        applications.move(ola.id(), ola.version(), theirs.stages().stream()
                .filter(stage -> stage.kind() == StageKind.HIRED).findFirst().orElseThrow().id(), 0, null);
        applications.move(sam.id(), sam.version(), mine.stages().stream()
                .filter(stage -> stage.kind() == StageKind.REJECTED).findFirst().orElseThrow().id(), 0,
                "Salary expectations");
        signIn(firm.member(Role.ADMIN));
        UI.getCurrent().navigate("");

        Anchor placed = _get(_get(Div.class, spec -> spec.withClasses("dashboard-figure-placed")), Anchor.class);
        assertThat(placed.getElement().getTextRecursively()).isEqualTo("1");
        Location address = new Location(placed.getHref());
        UI.getCurrent().navigate(address.getPath(), address.getQueryParameters());
        assertThat(candidateNames()).containsExactly("Ola Nordmann");

        UI.getCurrent().navigate("");
        chart("dashboard-funnel").clicked(0, 1);
        assertThat(candidateNames()).as("past the second stage: Zoë, and Ola placed; not Samir, rejected")
                .containsExactlyInAnyOrder("Zoë O'Brien", "Ola Nordmann");
    }

    @Test
    void a_source_of_hire_bar_or_row_opens_that_sources_submitted_or_placed_candidates_and_another_firm_never_counts() {
        // the test candidates come from LinkedIn unless told otherwise, so Zoë, submitted in the recruiter's job, is one
        var copycat = TestFirms.aFirm("Copycat Search").withMember(Role.ADMIN).create(accounts, organizations);
        signIn(copycat.member(Role.ADMIN));
        JobDetails copied = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany("Copy Client")).id()));
        ApplicationSummary rival = applications.add(candidates.create(aCandidate().named("Rex", "Rival").draft()
                .toBuilder().source("LinkedIn").build()).id(), copied.id());
        applications.move(rival.id(), rival.version(), hired(copied), 0, null);

        signIn(firm.member(Role.ADMIN));
        ApplicationSummary lena = applications.add(candidates.create(aCandidate().named("Lena", "Berg").draft()
                .toBuilder().source("LinkedIn").build()).id(), theirs.id());
        applications.move(lena.id(), lena.version(), theirs.stages().get(2).id(), 0, null);
        ApplicationSummary mo = applications.add(candidates.create(aCandidate().named("Mo", "Salah").draft()
                .toBuilder().source(" LinkedIn ").build()).id(), mine.id());
        applications.move(mo.id(), mo.version(), hired(mine), 0, null);
        ApplicationSummary nia = applications.add(candidates.create(aCandidate().named("Nia", "Long").draft()
                .toBuilder().source(" ").build()).id(), mine.id());
        applications.move(nia.id(), nia.version(), mine.stages().get(2).id(), 0, null);
        ApplicationSummary ava = applications.add(candidates.create(aCandidate().named("Ava", "Stone").draft()
                .toBuilder().source(null).build()).id(), theirs.id());
        applications.move(ava.id(), ava.version(), theirs.stages().get(3).id(), 0, null);
        applications.add(candidates.create(aCandidate().named("Kim", "Park").draft().toBuilder().source("LinkedIn")
                .build()).id(), mine.id());
        UI.getCurrent().navigate("");

        ChartOptions sources = chart("dashboard-sources").options();
        int linkedIn = sources.categories().indexOf("LinkedIn");
        assertThat(sources.series().get(0).values().get(linkedIn)).as("Zoë, Lena and Mo; not Kim, nor the rival's Rex")
                .isEqualTo(3L);
        chart("dashboard-sources").clicked(0, linkedIn);
        assertThat(candidateNames()).containsExactlyInAnyOrder("Zoë O'Brien", "Lena Berg", "Mo Salah");
        assertThat(_get(Div.class, spec -> spec.withClasses("candidate-list-reach")).getElement()
                .getTextRecursively()).startsWith("Submitted from ").contains(", source LinkedIn");

        UI.getCurrent().navigate("");
        chart("dashboard-sources").clicked(1, linkedIn);
        assertThat(shownCandidatesAddress()).containsEntry("placed", List.of("yes"))
                .containsEntry("source", List.of("LinkedIn"));
        assertThat(candidateNames()).containsExactly("Mo Salah");

        UI.getCurrent().navigate("");
        Anchor unknown = _find(_get(chart("dashboard-sources"), NativeTable.class), Anchor.class).stream()
                .filter(link -> link.getText().equals("Unknown")).findFirst().orElseThrow();
        Location address = new Location(unknown.getHref());
        UI.getCurrent().navigate(address.getPath(), address.getQueryParameters());
        assertThat(candidateNames()).as("no source recorded, or only blanks, and submitted: Nia and Ava")
                .containsExactlyInAnyOrder("Nia Long", "Ava Stone");
        assertThat(_get(Div.class, spec -> spec.withClasses("candidate-list-reach")).getElement()
                .getTextRecursively()).contains(", with no source recorded");
    }

    @Test
    void an_unknown_source_lists_nobody_and_a_source_without_a_reach_is_ignored() {
        signIn(firm.member(Role.ADMIN));
        UI.getCurrent().navigate("candidates", QueryParameters.simple(Map.of("submitted", "yes", "source",
                "Carrier pigeon")));
        assertThat(candidateNames()).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("candidate-list-reach")).getElement()
                .getTextRecursively()).isEqualTo("Submitted, source Carrier pigeon");

        _get(Button.class, spec -> spec.withClasses("candidate-list-reach-remove")).click();
        assertThat(candidateNames()).containsExactlyInAnyOrder("Zoë O'Brien", "Samir Haddad", "Ola Nordmann");

        UI.getCurrent().navigate("candidates", QueryParameters.simple(Map.of("source", "Carrier pigeon")));
        assertThat(candidateNames()).containsExactlyInAnyOrder("Zoë O'Brien", "Samir Haddad", "Ola Nordmann");
    }

    private static UUID hired(JobDetails job) {
        return job.stages().stream().filter(stage -> stage.kind() == StageKind.HIRED).findFirst().orElseThrow().id();
    }

    private static Map<String, List<String>> shownCandidatesAddress() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    @Test
    void the_job_rows_and_attention_lists_link_to_the_board_the_job_and_the_filtered_list() {
        signIn(firm.member(Role.ADMIN));
        UI.getCurrent().navigate("");

        var perJob = _get(Div.class, spec -> spec.withClasses("dashboard-job-funnels"));
        assertThat(_find(perJob, Anchor.class)).extracting(Anchor::getHref).contains(
                "jobs/" + mine.id() + "/pipeline", "jobs/" + theirs.id() + "/pipeline");
        Anchor furthest = _find(perJob, Anchor.class).stream()
                .filter(link -> link.getText().startsWith(mine.stages().get(2).name())).findFirst().orElseThrow();
        UI.getCurrent().navigate(new Location(furthest.getHref()).getPath(),
                new Location(furthest.getHref()).getQueryParameters());
        assertThat(candidateNames()).containsExactly("Zoë O'Brien");

        UI.getCurrent().navigate("");
        var noSubmissions = _get(Div.class, spec -> spec.withClasses("dashboard-no-submissions"));
        assertThat(_find(noSubmissions, Anchor.class)).extracting(Anchor::getHref)
                .as("Zoë is past screening in the recruiter's job; nobody is in the admin's")
                .containsExactly("jobs/" + theirs.id());
    }

    @Test
    void every_chart_has_a_table_with_the_same_figures_for_screen_readers() {
        signIn(firm.member(Role.ADMIN));
        UI.getCurrent().navigate("");

        List<EChart> charts = _find(EChart.class);
        assertThat(charts).hasSize(6);
        for (EChart chart : charts) {
            Details table = _get(chart, Details.class, spec -> spec.withClasses("echart-table"));
            assertThat(table.getSummaryText()).isEqualTo("Table: " + chart.options().title());
            assertThat(_find(table, NativeTable.class)).hasSize(1);
        }
        String funnelTable = _get(chart("dashboard-funnel"), NativeTable.class).getElement().getTextRecursively();
        assertThat(funnelTable).contains(mine.stages().get(0).name() + "3", "(33 %)1");
        assertThat(_find(_get(chart("dashboard-funnel"), NativeTable.class), Anchor.class)).first()
                .extracting(Anchor::getHref).asString().startsWith("candidates?");
    }

    @Test
    void a_move_on_a_board_updates_an_open_dashboard_of_the_firm() {
        signIn(firm.member(Role.ADMIN));
        UI.getCurrent().navigate("");
        assertThat(funnelSteps()).startsWith(3L, 1L, 1L);
        assertThat(live.open(tenant)).isEqualTo(1);

        applications.move(sam.id(), sam.version(), mine.stages().get(1).id(), 0, null);

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(funnelSteps()).startsWith(3L, 2L, 1L);
        });

        UI.getCurrent().navigate("candidates");
        assertThat(live.open(tenant)).as("a dashboard left stops listening").isZero();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<View> viewSwitch() {
        return _get(RadioButtonGroup.class, spec -> spec.withClasses("dashboard-view-switch"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Period> periodSelect() {
        return _get(Select.class, spec -> spec.withClasses("dashboard-period"));
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String className) {
        return _get(ComboBox.class, spec -> spec.withClasses(className));
    }

    private static EChart chart(String className) {
        return _get(EChart.class, spec -> spec.withClasses(className));
    }

    /** How many reached each step of the funnel chart. */
    private static List<Long> funnelSteps() {
        return chart("dashboard-funnel").options().series().getFirst().values().stream().map(Number::longValue)
                .toList();
    }

    /** The address the dashboard last put in the browser's location bar. */
    private static Location shownAddress() {
        return _get(DashboardView.class).address();
    }

    @SuppressWarnings("unchecked")
    private static List<String> candidateNames() {
        Grid<CandidateSummary> grid = _get(Grid.class);
        return _fetch(grid, 0, _size(grid)).stream().map(CandidateSummary::fullName).toList();
    }
}
