package dev.wecruit.pipeline.internal;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wecruit.AnotherNode;
import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.BoardsMayBeBehind;
import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.pipeline.MoveFromAnotherNode;
import dev.wecruit.platform.events.ClusterNotices;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes on one database: this test's context and a second one started here, as two instances behind a load
 * balancer would be. A move committed on one shows up on the other, and a node whose listening connection dies
 * reconnects and tells its boards to reload.
 */
@IntegrationTest
class TwoNodesIT extends FirmTest {

    private static ConfigurableApplicationContext otherNode;

    @Autowired ConfigurableApplicationContext thisNode;
    @Autowired ApplicationService applications;
    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired JdbcTemplate jdbc;

    final List<CandidateMoved> heardHere = new CopyOnWriteArrayList<>();
    final List<CandidateMoved> heardThere = new CopyOnWriteArrayList<>();
    final List<BoardsMayBeBehind> behindHere = new CopyOnWriteArrayList<>();
    JobDetails job;
    ApplicationSummary card;

    @BeforeEach
    void aSecondNodeOnTheSameDatabase() {
        if (otherNode == null) {
            otherNode = AnotherNode.start(thisNode);
            // starting a Spring Security context resets the thread's security context: sign in again
            SignedIn.as(signIn, firm.member(Role.RECRUITER));
        }
        thisNode.addApplicationListener(ApplicationListener.forPayload(
                (MoveFromAnotherNode heard) -> heardHere.add(heard.move())));
        thisNode.addApplicationListener(ApplicationListener.forPayload(
                (BoardsMayBeBehind behind) -> behindHere.add(behind)));
        otherNode.addApplicationListener(ApplicationListener.forPayload(
                (MoveFromAnotherNode heard) -> heardThere.add(heard.move())));
        job = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany()).id()));
        card = applications.add(candidates.create(aCandidate().draft()).id(), job.id());
    }

    @AfterAll
    static void stopTheOtherNode() {
        if (otherNode != null) {
            otherNode.close();
        }
    }

    @Test
    void a_move_on_one_node_reaches_the_other_and_not_its_own_listener() {
        applications.move(card.id(), card.version(), job.stages().get(1).id(), 0, null);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(heardThere)
                .anySatisfy(move -> {
                    assertThat(move.applicationId()).isEqualTo(card.id());
                    assertThat(move.tenantId()).isEqualTo(firm.id());
                    assertThat(move.toStageId()).isEqualTo(job.stages().get(1).id());
                }));
        assertThat(heardHere).noneMatch(move -> move.applicationId().equals(card.id()));
    }

    @Test
    void a_node_that_lost_its_listening_connection_reconnects_asks_its_boards_to_reload_and_hears_again() {
        Integer terminated = jdbc.queryForObject("""
                select count(pg_terminate_backend(pid)) from pg_stat_activity
                 where application_name = ? and pid <> pg_backend_pid()""", Integer.class, ClusterNotices.LISTENER_NAME);
        assertThat(terminated).as("the listening connections of both nodes").isPositive();

        await().atMost(Duration.ofSeconds(15)).until(() -> !behindHere.isEmpty());
        otherNode.getBean(CurrentTenant.class).runAs(firm.id(), () -> otherNode.getBean(ApplicationService.class)
                .move(card.id(), card.version(), job.stages().get(2).id(), 0, null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(heardHere)
                .anySatisfy(move -> assertThat(move.applicationId()).isEqualTo(card.id())));
    }
}
