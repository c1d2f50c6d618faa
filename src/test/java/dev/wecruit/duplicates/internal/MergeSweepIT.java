package dev.wecruit.duplicates.internal;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestClock;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.duplicates.CandidateMergeService;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MergeSweepIT {

    @Autowired MergeSweep sweep;
    @Autowired CandidateMergeService merges;
    @Autowired CandidateService candidates;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired TestClock clock;

    @AfterEach
    void releaseAndSignOut() {
        clock.release();
        SignedIn.out();
    }

    @Test
    void the_daily_sweep_makes_every_firms_merges_past_their_period_final_and_leaves_the_recent_ones() {
        clock.fixAt(Instant.parse("2026-11-01T09:00:00Z"));
        TestFirms.CreatedFirm north = TestFirms.aFirm("Sweep North").withMember(Role.RECRUITER)
                .create(accounts, organizations);
        TestFirms.CreatedFirm south = TestFirms.aFirm("Sweep South").withMember(Role.RECRUITER)
                .create(accounts, organizations);
        UUID[] oldNorth = mergedPair(north, "Olga");
        UUID[] oldSouth = mergedPair(south, "Sven");
        clock.advance(merges.unmergePeriod().minus(Duration.ofDays(1)));
        UUID[] recentNorth = mergedPair(north, "Nina");
        clock.advance(Duration.ofDays(2));
        SignedIn.out();

        sweep.run(clock.instant());
        sweep.run(clock.instant()); // a run revived on another node finds nothing left

        SignedIn.as(signIn, north.member(Role.RECRUITER));
        assertThat(candidates.find(oldNorth[1])).isEmpty();
        assertThat(candidates.find(oldNorth[0])).isPresent();
        assertThat(candidates.find(recentNorth[1])).isPresent();
        assertThat(merges.mergesOf(recentNorth[0])).hasSize(1);
        SignedIn.as(signIn, south.member(Role.RECRUITER));
        assertThat(candidates.find(oldSouth[1])).isEmpty();
        assertThat(merges.mergesOf(oldSouth[0])).isEmpty();
    }

    /** Two records of one person in the firm, the second merged into the first: their ids, survivor first. */
    private UUID[] mergedPair(TestFirms.CreatedFirm firm, String name) {
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        CandidateDetails one = candidates.create(aCandidate().named(name, "Sweep").draft());
        CandidateDetails two = candidates.create(aCandidate().named(name, "Sweep").draft());
        merges.merge(one.id(), one.version(), two.id(), two.version(), Map.of());
        return new UUID[] {one.id(), two.id()};
    }
}
