package dev.wecruit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.matching.internal.MatchIndexing;
import dev.wecruit.platform.crypto.BlindIndex;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The proof that erasure reaches every copy: a candidate with a marker in every place their data can live, indexed
 * for matching, seen, exported, then erased; afterwards no table holds a marker (sealed values opened), their id, or a blind-index
 * term of their email, phone or name. Runs on the embedded database and, in CI, on PostgreSQL with pgvector and
 * TimescaleDB.
 */
@IntegrationTest
class ErasureProofIT {

    @Autowired MarkedCandidate markedCandidate;
    @Autowired CandidateService candidates;
    @Autowired ErasureService erasure;
    @Autowired MatchIndexing matchIndex;
    @Autowired PersonalDataExportService exports;
    @Autowired BlindIndex blindIndex;
    @Autowired PiiCipher cipher;
    @Autowired CurrentTenant currentTenant;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void after_erasure_no_table_holds_a_trace_of_the_person() {
        var firm = TestFirms.aFirm("Erasure Proof").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        MarkedCandidate.Marked person = markedCandidate.create();
        matchIndex.indexStaleNow(10);
        // their page seen (the access log), and their subject-access export made and downloaded
        candidates.recordPageView(person.candidateId());
        PersonalDataExportSummary export = exports.start(person.candidateId());
        await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> exports.find(export.id()).orElseThrow().status() == ExportStatus.READY);
        assertThat(exports.download(export.id()).content()).isNotEmpty();
        TraceScan scan = new TraceScan(jdbc, cipher);
        List<String> markers = person.all();
        List<UUID> ids = new ArrayList<>(List.of(person.candidateId()));
        ids.add(blindIndex.emailTerm(person.markers().get("candidate.email")));
        ids.add(blindIndex.phoneTerm(person.markers().get("candidate.phone")));
        ids.addAll(blindIndex.nameTerms(person.markers().get("candidate.firstName"),
                person.markers().get("candidate.lastName")));
        List<String> before = transactions.execute(status -> scan.tracesOf(markers, ids));
        assertThat(before).as("the scan finds the person before erasure").isNotEmpty()
                .anyMatch(trace -> trace.startsWith("candidates.first_name_enc"))
                .anyMatch(trace -> trace.startsWith("candidate_search_terms.term"))
                .anyMatch(trace -> trace.startsWith("candidate_match_lexemes"))
                .anyMatch(trace -> trace.startsWith("documents.text_enc"))
                .anyMatch(trace -> trace.startsWith("personal_data_exports.content_enc"))
                .anyMatch(trace -> trace.startsWith("candidate_access_log"));

        SignedIn.as(signIn, firm.member(Role.ADMIN));
        erasure.erase(person.candidateId(), erasure.confirmationFor(person.candidateId()));

        List<String> after = transactions.execute(status -> scan.tracesOf(markers, ids));
        assertThat(after).isEmpty();
        assertThat(candidates.exists(person.candidateId())).isFalse();
    }
}
