package dev.wecruit.candidates;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestClock;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.shared.BoundedCount;
import dev.wecruit.tenancy.FirmProfile;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The access log: who saw candidates' contact details, per member (or key), day and channel. */
@IntegrationTest
class CandidateAccessLogIT {

    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    TestFirms.CreatedFirm firm;
    UUID ada;
    UUID ben;

    @BeforeEach
    void aFirmWithTwoCandidatesOnAFixedDay() {
        clock.fixAt(Instant.parse("2026-04-20T09:00:00Z"));
        firm = TestFirms.aFirm("Access Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .withMember(Role.VIEWER).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        ada = candidates.create(aCandidate().named("Ada", "Lovelace").withEmail("ada@example.com").draft()).id();
        ben = candidates.create(aCandidate().named("Ben", "Okri").withPhone("07700 900456").draft()).id();
    }

    @AfterEach
    void signOutAndReleaseTheClock() {
        SignedIn.out();
        clock.release();
    }

    @Test
    void a_page_view_is_counted_once_per_member_and_day_with_how_many_times() {
        candidates.recordPageView(ada);
        clock.advance(Duration.ofHours(3));
        candidates.recordPageView(ada);
        clock.advance(Duration.ofHours(1));
        SignedIn.as(signIn, firm.member(Role.VIEWER));
        candidates.recordPageView(ada);
        clock.advance(Duration.ofDays(1));
        candidates.recordPageView(ada);

        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        List<AccessLogEntry> log = candidates.accessLogOf(ada);
        assertThat(log).extracting(AccessLogEntry::day, AccessLogEntry::who, AccessLogEntry::times)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 21), name(Role.VIEWER), 1),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 20), name(Role.VIEWER), 1),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 20), name(Role.RECRUITER), 2));
        assertThat(log).allSatisfy(entry -> {
            assertThat(entry.channel()).isEqualTo(AccessChannel.PAGE_VIEW);
            assertThat(entry.candidateName()).isEqualTo("Ada Lovelace");
            assertThat(entry.apiKeyId()).isNull();
        });
        assertThat(log.get(2).lastAt()).as("the latest view of the day").isEqualTo(Instant.parse("2026-04-20T12:00:00Z"));
        assertThat(candidates.accessLogOf(ben)).isEmpty();
    }

    @Test
    void the_day_is_the_firms_own() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        FirmProfile profile = organizations.profile();
        organizations.changeProfile(new FirmProfile(profile.name(), profile.defaultCurrency(),
                profile.retentionMonths(), ZoneId.of("Pacific/Auckland")));
        candidates.recordPageView(ada); // 21:00 in Auckland

        assertThat(candidates.accessLogOf(ada)).singleElement().extracting(AccessLogEntry::day)
                .isEqualTo(LocalDate.of(2026, 4, 20));
        clock.advance(Duration.ofHours(4)); // 01:00 the next day there
        candidates.recordPageView(ada);
        assertThat(candidates.accessLogOf(ada)).extracting(AccessLogEntry::day)
                .containsExactly(LocalDate.of(2026, 4, 21), LocalDate.of(2026, 4, 20));
    }

    @Test
    void exports_and_downloads_are_recorded_and_another_firms_ids_are_left_out() {
        var other = TestFirms.aFirm("Other Access").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        UUID theirs = candidates.create(aCandidate().named("Cy", "Theirs").draft()).id();
        SignedIn.as(signIn, firm.member(Role.RECRUITER));

        candidates.recordExport(List.of(ada, ben, ada, theirs, UUID.randomUUID()));
        UUID file = documents.attach(ben, "Ben CV.pdf", TestDocuments.pdf("Ben Okri", "Poet")).id();
        documents.content(file);

        assertThat(candidates.accessLogOf(ada)).singleElement().satisfies(entry -> {
            assertThat(entry.channel()).isEqualTo(AccessChannel.EXPORT);
            assertThat(entry.times()).isEqualTo(2);
        });
        assertThat(candidates.accessLogOf(ben)).extracting(AccessLogEntry::channel)
                .containsExactlyInAnyOrder(AccessChannel.EXPORT, AccessChannel.DOWNLOAD);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        assertThat(candidates.accessLogOf(theirs)).isEmpty();
    }

    @Test
    void another_firms_access_log_is_invisible_to_its_admins_and_to_sql() {
        candidates.recordPageView(ada);
        var other = TestFirms.aFirm("Nosy Partners").withMember(Role.ADMIN).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.ADMIN));

        assertThat(candidates.accessLog(AccessLogQuery.ALL, 0, 50)).isEmpty();
        assertThat(candidates.accessLogOf(ada)).isEmpty();
        assertThat(candidates.countAccessLog(AccessLogQuery.ALL)).isEqualTo(BoundedCount.exactly(0));
        Long visible = transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from candidate_access_log", Long.class));
        assertThat(visible).isZero();
        assertThat(candidates.pruneAccessLog(Instant.parse("2030-01-01T00:00:00Z"))).isZero();
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        assertThat(candidates.accessLog(AccessLogQuery.ALL, 0, 50)).hasSize(1);
    }

    @Test
    void admins_search_the_log_by_candidate_member_channel_and_days() {
        candidates.recordPageView(ada);
        candidates.recordExport(List.of(ben));
        clock.advance(Duration.ofDays(2));
        candidates.recordPageView(ben);
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        candidates.recordPageView(ada);
        UUID recruiter = member(Role.RECRUITER);

        assertThat(candidates.countAccessLog(AccessLogQuery.ALL)).isEqualTo(BoundedCount.exactly(4));
        assertThat(candidates.accessLog(AccessLogQuery.ALL, 0, 10)).extracting(AccessLogEntry::day)
                .as("newest day first").startsWith(LocalDate.of(2026, 4, 22), LocalDate.of(2026, 4, 22))
                .endsWith(LocalDate.of(2026, 4, 20));
        assertThat(candidates.accessLog(new AccessLogQuery(ada, null, Set.of(), null, null), 0, 10))
                .extracting(AccessLogEntry::who).containsExactly(name(Role.ADMIN), name(Role.RECRUITER));
        assertThat(candidates.accessLog(new AccessLogQuery(null, recruiter, Set.of(), null, null), 0, 10))
                .hasSize(3).allSatisfy(entry -> assertThat(entry.memberId()).isEqualTo(recruiter));
        assertThat(candidates.accessLog(new AccessLogQuery(null, null, Set.of(AccessChannel.EXPORT), null, null),
                0, 10)).singleElement().extracting(AccessLogEntry::candidateId).isEqualTo(ben);
        assertThat(candidates.accessLog(new AccessLogQuery(null, recruiter, Set.of(), LocalDate.of(2026, 4, 21),
                LocalDate.of(2026, 4, 22)), 0, 10)).singleElement().extracting(AccessLogEntry::candidateId)
                .isEqualTo(ben);
        assertThat(candidates.accessLog(AccessLogQuery.ALL, 3, 10)).hasSize(1);
    }

    @Test
    void only_admins_search_the_log_and_recruiters_read_a_candidates_for_their_export() {
        candidates.recordPageView(ada);
        assertThat(candidates.accessLogOf(ada)).hasSize(1);
        assertThatThrownBy(() -> candidates.accessLog(AccessLogQuery.ALL, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(signIn, firm.member(Role.VIEWER));
        assertThatThrownBy(() -> candidates.accessLogOf(ada)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> candidates.countAccessLog(AccessLogQuery.ALL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> candidates.pruneAccessLog(Instant.now())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pruning_deletes_the_days_before_the_cutoff_and_keeps_the_rest() {
        candidates.recordPageView(ada);
        clock.advance(Duration.ofDays(1));
        candidates.recordPageView(ben);
        SignedIn.as(signIn, firm.member(Role.ADMIN));

        assertThat(candidates.pruneAccessLog(Instant.parse("2026-04-21T00:00:00Z"))).isEqualTo(1);
        assertThat(candidates.accessLogOf(ada)).isEmpty();
        assertThat(candidates.accessLogOf(ben)).hasSize(1);
    }

    @Test
    void the_daily_prune_keeps_the_configured_period_of_24_months() {
        candidates.recordPageView(ada);
        clock.advance(Duration.ofDays(365));
        candidates.recordPageView(ben);
        SignedIn.as(signIn, firm.member(Role.ADMIN));

        clock.fixAt(Instant.parse("2028-04-20T09:00:00Z"));
        assertThat(candidates.pruneExpiredAccessLog()).as("two years to the day: still kept").isZero();
        clock.fixAt(Instant.parse("2028-04-21T09:00:00Z"));
        assertThat(candidates.pruneExpiredAccessLog()).isEqualTo(1);
        assertThat(candidates.accessLogOf(ben)).hasSize(1);
    }

    private UUID member(Role role) {
        UUID account = firm.member(role).accountId();
        return organizations.members().stream().filter(m -> m.accountId().equals(account))
                .map(MemberSummary::id).findFirst().orElseThrow();
    }

    private String name(Role role) {
        UUID account = firm.member(role).accountId();
        return organizations.members().stream().filter(m -> m.accountId().equals(account))
                .map(MemberSummary::displayName).findFirst().orElseThrow();
    }
}
