package dev.wecruit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestClock;
import dev.wecruit.TestFirms;
import dev.wecruit.api.ApiKeyPrincipal;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditEntry;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditQuery;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import dev.wecruit.work.BackgroundWork;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class PersonalDataExportIT {

    @Autowired dev.wecruit.platform.crypto.BlindIndex blindIndex;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired PersonalDataExportService exports;
    @Autowired BackgroundWork work;
    @Autowired MarkedCandidate markedCandidate;
    @Autowired CandidateService candidates;
    @Autowired ApiKeyService apiKeys;
    @Autowired CurrentTenant currentTenant;
    @Autowired AuditLog audit;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired TransactionTemplate transactions;

    TestFirms.CreatedFirm firm;

    @BeforeEach
    void aRecruiterOfAFirmWithAnAdminAndAViewer() {
        firm = TestFirms.aFirm("Export Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .withMember(Role.VIEWER).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
    }

    @AfterEach
    void signOutAndReleaseTheClock() {
        clock.release();
        SignedIn.out();
    }

    @Test
    void the_export_holds_every_marker_of_the_candidate_the_original_files_a_summary_and_who_read_the_data()
            throws IOException {
        MarkedCandidate.Marked marked = markedCandidate.create();
        String keyName = readContactDetailsThroughAKey(marked.candidateId());

        Map<String, byte[]> zip = unzip(exportAndDownload(marked.candidateId()).content());

        String text = new String(zip.get("personal-data.json"), StandardCharsets.UTF_8);
        JsonNode root = json.readTree(text);
        assertThat(marked.all()).as("markers of %s", marked.markers().keySet()).allSatisfy(marker ->
                assertThat(text).contains(marker));
        assertThat(root.get("candidate").get("id").asString()).isEqualTo(marked.candidateId().toString());
        assertThat(root.get("activities")).as("4 logged, 2 stage changes").hasSize(6);
        assertThat(root.get("applications")).hasSize(2).allSatisfy(application ->
                assertThat(application.get("stageHistory")).hasSize(2));
        assertThat(root.get("applications")).as("the reason is the application's, not only its activity's")
                .anySatisfy(application -> assertThat(application.get("rejectionReason").asString())
                        .contains(marked.markers().get("application.rejectionReason")));
        assertThat(root.get("documents")).as("the CV's text").anySatisfy(document -> assertThat(
                document.get("text").asString()).contains(marked.markers().get("document.cvText")));
        assertThat(root.get("accessLog")).singleElement().satisfies(read -> {
            assertThat(read.get("who").asString()).startsWith("API key ");
            assertThat(read.get("times").asInt()).isEqualTo(1);
        });
        assertThat(root.get("exports")).as("this export, with who asked").singleElement()
                .satisfies(export -> assertThat(export.get("requestedBy").asString()).isNotBlank());
        assertThat(keyName).isNotBlank();

        assertThat(zip).hasSize(2 + marked.documents().size());
        marked.documents().forEach((name, content) -> assertThat(zip.entrySet()).as(name)
                .anySatisfy(entry -> {
                    assertThat(entry.getKey()).startsWith("documents/").endsWith(name);
                    assertThat(entry.getValue()).isEqualTo(content);
                }));

        String summary = new String(zip.get("summary.html"), StandardCharsets.UTF_8);
        assertThat(summary).contains(marked.markers().get("candidate.firstName") + " "
                        + marked.markers().get("candidate.lastName"),
                marked.markers().get("activity.callBody"), marked.markers().get("application.rejectionReason"),
                "Who viewed or exported this data", "API read");
    }

    @Test
    void a_viewer_cannot_export_nor_download_an_export() {
        UUID candidate = markedCandidate.create().candidateId();
        PersonalDataExportSummary export = awaitReady(exports.start(candidate));

        SignedIn.as(signIn, firm.member(Role.VIEWER));

        assertThatThrownBy(() -> exports.start(candidate)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.download(export.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.exportsOf(candidate)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_firms_candidate_cannot_be_exported_and_its_exports_do_not_exist_for_you() {
        UUID candidate = markedCandidate.create().candidateId();
        PersonalDataExportSummary export = awaitReady(exports.start(candidate));

        var rival = TestFirms.aFirm("Rival Search").withMember(Role.ADMIN).create(accounts, organizations);
        SignedIn.as(signIn, rival.member(Role.ADMIN));

        assertThatThrownBy(() -> exports.start(candidate)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> exports.download(export.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(exports.exportsOf(candidate)).isEmpty();
        assertThat(exports.find(export.id())).isEmpty();
    }

    @Test
    void starting_and_each_download_are_audited_naming_the_candidate_by_a_keyed_hash_only() {
        MarkedCandidate.Marked marked = markedCandidate.create();
        PersonalDataExportSummary export = awaitReady(exports.start(marked.candidateId()));
        exports.download(export.id());

        SignedIn.as(signIn, firm.member(Role.ADMIN));
        assertThat(exports.download(export.id()).content()).isNotEmpty();
        List<AuditEntry> entries = audit.search(new AuditQuery(Set.of(AuditAction.PERSONAL_DATA_EXPORT_STARTED,
                AuditAction.PERSONAL_DATA_EXPORT_DOWNLOADED), "", null, null), PageRequest.of(0, 10)).getContent();

        assertThat(entries).extracting(AuditEntry::action).containsExactly(
                AuditAction.PERSONAL_DATA_EXPORT_DOWNLOADED, AuditAction.PERSONAL_DATA_EXPORT_DOWNLOADED,
                AuditAction.PERSONAL_DATA_EXPORT_STARTED);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.subject()).isEqualTo("Candidate " + blindIndex.recordTerm("candidate",
                    marked.candidateId()));
            assertThat(marked.all()).allSatisfy(marker -> assertThat(entry.actor() + entry.subject()
                    + entry.detail()).doesNotContain(marker));
        });
        assertThat(entries.getLast().actor()).contains(firm.member(Role.RECRUITER).email());
        assertThat(entries.getFirst().actor()).contains(firm.member(Role.ADMIN).email());

    }

    @Test
    void another_recruiter_of_the_firm_sees_an_export_an_admin_asked_for_but_may_not_download_it() {
        UUID candidate = markedCandidate.create().candidateId();
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        PersonalDataExportSummary export = awaitReady(exports.start(candidate));

        SignedIn.as(signIn, firm.member(Role.RECRUITER));

        assertThat(exports.exportsOf(candidate)).extracting(PersonalDataExportSummary::id).containsExactly(export.id());
        assertThat(exports.mayDownload(export)).isFalse();
        assertThatThrownBy(() -> exports.download(export.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_second_export_while_one_is_being_prepared_is_refused_with_a_message() {
        UUID candidate = markedCandidate.create().candidateId();

        // in one transaction, so the first cannot be finished by background work before the second is asked for
        transactions.executeWithoutResult(status -> {
            exports.start(candidate);
            assertThatThrownBy(() -> exports.start(candidate)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsEntry("candidateId", "An export of this candidate is already being prepared"));
            status.setRollbackOnly();
        });
    }

    @Test
    void an_export_expires_after_its_time_is_up_and_is_then_deleted() {
        UUID candidate = markedCandidate.create().candidateId();
        Instant asked = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.fixAt(asked);
        PersonalDataExportSummary old = awaitReady(exports.start(candidate));
        assertThat(old.expiresAt()).isEqualTo(asked.plus(exports.expiry()));

        clock.fixAt(asked.plus(exports.expiry()).minusSeconds(1));
        PersonalDataExportSummary recent = awaitReady(exports.start(candidate));
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        assertThat(exports.deleteExpired()).as("nothing is due yet").isZero();

        clock.fixAt(asked.plus(exports.expiry()));
        assertThatThrownBy(() -> exports.download(old.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(exports.exportsOf(candidate)).extracting(PersonalDataExportSummary::id)
                .containsExactly(recent.id());
        assertThat(exports.deleteExpired()).isEqualTo(1);
        List<UUID> kept = transactions.execute(status -> jdbc.queryForList(
                "select id from personal_data_exports where candidate_id = ?", UUID.class, candidate));
        assertThat(kept).as("the expired one is gone, archive and all").containsExactly(recent.id());
        assertThat(exports.download(recent.id()).content()).isNotEmpty();
    }

    private PersonalDataArchive exportAndDownload(UUID candidate) {
        return exports.download(awaitReady(exports.start(candidate)).id());
    }

    private PersonalDataExportSummary awaitReady(PersonalDataExportSummary started) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> work.find(started.workId()).orElseThrow().status().finished());
        PersonalDataExportSummary found = exports.find(started.id()).orElseThrow();
        assertThat(found.status()).as("export %s: %s", found.id(), found.error()).isEqualTo(ExportStatus.READY);
        return found;
    }

    /** A recruiter key's read of the candidate's contact details, which the access log reports. */
    private String readContactDetailsThroughAKey(UUID candidate) {
        UUID firmId = currentTenant.currentTenantId().orElseThrow();
        String name = "Reader " + UUID.randomUUID().toString().substring(0, 6);
        UUID keyId = currentTenant.callAs(firmId, () -> apiKeys.create(name, Role.RECRUITER,
                LocalDate.now(ZoneOffset.UTC).plusMonths(1)).key().id());
        var member = SecurityContextHolder.getContext().getAuthentication();
        var key = new ApiKeyPrincipal(keyId, name, new Membership(null, firmId,
                currentTenant.requireMember().membership().organizationName(), Role.RECRUITER));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(key,
                null, List.of()));
        try {
            candidates.contactsOf(List.of(candidate));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(member);
        }
        return name;
    }

    private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
