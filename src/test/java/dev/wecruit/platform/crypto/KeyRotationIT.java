package dev.wecruit.platform.crypto;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.TestRecords;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.intake.CvIntakeService;
import dev.wecruit.privacy.PiiKeyRotationService;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a new key version is made active, rotation re-seals every older value in batches: afterwards every value is
 * under the new key, reads back the same, is still found by search, and no record's version moved.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "wecruit.crypto.keys.2=kK8m3a0n1yDgGQ0o2vWfA0oTUbYQwq3Q1m4tQk5Jr6s=",
        "wecruit.crypto.active-key-version=2",
        "wecruit.crypto.rotation.on-startup=false",
        "wecruit.crypto.rotation.batch-size=3",
        // other test contexts may share this database with key 1 only: nothing here may seal their data with key 2
        "wecruit.demo.enabled=false"
})
class KeyRotationIT {

    @Autowired PiiKeyRotationService rotationService;
    @Autowired KeyRotation rotation;
    @Autowired PiiCipher cipher;
    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired TestRecords records;
    @Autowired CvIntakeService intake;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Environment environment;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void every_value_under_the_old_key_is_resealed_under_the_new_one_without_changing_what_users_see() {
        var firm = TestFirms.aFirm("Rotating Search").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        TestRecords.Set set = records.createAll();
        List<CandidateDetails> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(candidates.create(aCandidate().named("Rosa", "Park" + (char) ('a' + i))
                    .withEmail("rosa" + i + "@example.com").draft()));
        }
        byte[] cv = documents.content(set.document());
        // the set's dropped CV is read in the background: let it settle before its row is re-sealed
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> !intake.reviewQueue().isEmpty());
        // and so is the set's subject-access export
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(
                transactions.execute(status -> jdbc.queryForObject(
                        "select not exists (select 1 from personal_data_exports where content_enc is null)",
                        Boolean.class))));
        sealEverythingUnderKeyOne();
        assertThat(versionsInUse(firm.id())).contains(1);

        long resealed = rotationService.rotateFirm(firm.id());

        assertThat(resealed).as("7 candidates, 2 from the set (one long quiet, for retention), its contact, its"
                + " document, the AI server's key, its four background work items, its dropped CV, its"
                + " subject-access export and its import; its merged pair and their merge; its company import, its"
                + " background work item and the contact it created")
                .isEqualTo(7 + 2 + 1 + 1 + 1 + 4 + 1 + 1 + 1 + 2 + 1 + 3);
        assertThat(versionsInUse(firm.id())).containsOnly(2);
        for (CandidateDetails before : created) {
            CandidateDetails after = candidates.get(before.id());
            assertThat(after.fullName()).isEqualTo(before.fullName());
            assertThat(after.emails()).isEqualTo(before.emails());
            assertThat(after.version()).as("re-sealing is not an edit").isEqualTo(before.version());
        }
        assertThat(documents.content(set.document())).isEqualTo(cv);
        assertThat(candidates.findByEmail("rosa3@example.com")).hasSize(1);
        assertThat(rotationService.rotateFirm(firm.id())).as("a second run finds nothing to do").isZero();
    }

    @Test
    void a_value_that_cannot_be_read_is_left_as_it_is_and_the_rest_are_resealed() {
        var firm = TestFirms.aFirm("Tampered Search").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        CandidateDetails intact = candidates.create(aCandidate().named("Ida", "Intact").draft());
        CandidateDetails broken = candidates.create(aCandidate().named("Bea", "Broken").draft());
        sealEverythingUnderKeyOne();
        String tampered = transactions.execute(status -> {
            jdbc.update("update candidates set last_name_enc = '1$' || substr(last_name_enc, 4) where id = ?",
                    broken.id());
            return jdbc.queryForObject("select last_name_enc from candidates where id = ?", String.class,
                    broken.id());
        });

        long resealed = rotationService.rotateFirm(firm.id());

        assertThat(resealed).isEqualTo(1);
        assertThat(candidates.get(intact.id()).lastName()).isEqualTo("Intact");
        String afterwards = transactions.execute(status -> jdbc.queryForObject(
                "select last_name_enc from candidates where id = ?", String.class, broken.id()));
        assertThat(afterwards).as("left untouched, still reported as unreadable").isEqualTo(tampered);
        assertThat(rotationService.keyVersionCounts(firm.id()).get("candidates.last_name_enc")).containsEntry(1, 1L);
    }

    private List<Integer> versionsInUse(UUID firm) {
        return rotationService.keyVersionCounts(firm).values().stream().flatMap(counts -> counts.keySet().stream())
                .distinct().toList();
    }

    /** Rewrites the current firm's sealed values as if they had been written before key 2 existed. */
    private void sealEverythingUnderKeyOne() {
        PiiCipher keyOne = new PiiCipher(KeyRing.of(Map.of(1, environment.getProperty("wecruit.crypto.keys.1")),
                1, environment.getProperty("wecruit.crypto.blind-index-key")));
        transactions.executeWithoutResult(status -> {
            for (SealedColumns table : rotation.tables()) {
                for (String column : table.textColumns()) {
                    for (Map<String, Object> row : jdbc.queryForList("select id, " + column + " as v from "
                            + table.table() + " where " + column + " is not null")) {
                        UUID id = (UUID) row.get("id");
                        String plain = cipher.open(new SealedText((String) row.get("v")),
                                new FieldRef(table.record(), id, column));
                        jdbc.update("update " + table.table() + " set " + column + " = ? where id = ?",
                                keyOne.seal(plain).value(), id);
                    }
                }
                for (String column : table.byteColumns()) {
                    for (Map<String, Object> row : jdbc.queryForList("select id, " + column + " as v from "
                            + table.table() + " where " + column + " is not null")) {
                        UUID id = (UUID) row.get("id");
                        byte[] plain = cipher.open(new SealedBytes((byte[]) row.get("v")),
                                new FieldRef(table.record(), id, column));
                        jdbc.update("update " + table.table() + " set " + column + " = ? where id = ?",
                                keyOne.seal(plain).value(), id);
                    }
                }
            }
        });
    }
}
