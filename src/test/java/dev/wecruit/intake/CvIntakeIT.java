package dev.wecruit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.candidates.TestDocuments;
import dev.wecruit.intake.parsing.Proposal;
import dev.wecruit.ai.AiProvider;
import dev.wecruit.ai.AiSettingsDraft;
import dev.wecruit.ai.AiSettingsService;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CvIntakeIT extends FirmTest {

    static final String[] CV = {
            "Amara Okafor",
            "Senior Staff Nurse",
            "amara.okafor@mail.example | +44 7700 900461 | Leeds, United Kingdom",
            "",
            "Experience",
            "Senior Staff Nurse, Leeds Teaching Hospitals NHS Trust",
            "March 2019 - Present",
            "Led a ward team of twelve; phlebotomy and wound care.",
            "Staff Nurse, Bradford Royal Infirmary",
            "June 2014 - February 2019",
            "",
            "Skills",
            "Patient care, Phlebotomy, Wound care, Medication administration"};

    @Autowired CvIntakeService intake;
    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired AiSettingsService ai;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_dropped_cv_is_read_in_the_background_and_waits_in_the_recruiters_review_queue() {
        StartedIntake started = intake.addCvs(List.of(new CvUpload("amara.pdf", TestDocuments.pdf(CV))));

        CvReview review = awaitReview();
        assertThat(started.refused()).isZero();
        assertThat(review.parsed().parser()).isEqualTo(ParsedCv.Parser.OFFLINE);
        assertThat(review.parsed().fields().emails()).extracting(Proposal::value)
                .containsExactly("amara.okafor@mail.example");
        assertThat(review.parsed().fields().phones()).extracting(Proposal::value).containsExactly("+447700900461");
        Proposal<String> email = review.parsed().fields().emails().getFirst();
        assertThat(review.parsed().text().substring(email.start(), email.end()))
                .as("the place in the CV the email came from").isEqualTo("amara.okafor@mail.example");
        assertThat(review.duplicates()).isEmpty();
    }

    @Test
    void saving_a_reviewed_cv_creates_the_candidate_with_the_cv_attached_and_empties_the_queue() {
        intake.addCvs(List.of(new CvUpload("amara.pdf", TestDocuments.pdf(CV))));
        CvReview review = awaitReview();

        var draft = CvDrafts.draftOf(review.parsed().fields(), null);
        CandidateDetails saved = intake.saveAsNew(review.intakeId(),
                new dev.wecruit.candidates.CandidateDraft("Amara", "Okafor", draft.emails(), draft.phones(), null,
                        null, "Leeds", "Senior Staff Nurse", "Leeds Teaching Hospitals NHS Trust", draft.skills(),
                        draft.yearsOfExperience(), draft.workHistory(), draft.education(), draft.source(), null,
                        List.of(), draft.lawfulBasis(), null, null, null, null, null, null));

        assertThat(candidates.get(saved.id()).emails()).containsExactly("amara.okafor@mail.example");
        assertThat(documents.documentsOf(saved.id())).singleElement()
                .satisfies(document -> assertThat(document.fileName()).isEqualTo("amara.pdf"));
        assertThat(intake.reviewQueue()).isEmpty();
        assertThat(count("select count(*) from cv_intakes where id = ? and status = 'SAVED' and content_enc is null"
                + " and proposal_enc is null", review.intakeId())).as("the file is not kept twice").isEqualTo(1);
        assertThatThrownBy(() -> intake.saveAsNew(review.intakeId(), draft))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void an_existing_candidate_with_the_same_email_is_offered_as_a_duplicate() {
        UUID existing = candidates.create(TestCandidates.aCandidate().named("Amara", "Okafor")
                .withEmail("Amara.Okafor@mail.example").draft()).id();
        intake.addCvs(List.of(new CvUpload("amara.pdf", TestDocuments.pdf(CV))));

        assertThat(awaitReview().duplicates()).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.candidate().id()).isEqualTo(existing);
            assertThat(duplicate.reason()).startsWith("Same email");
        });
    }

    @Test
    void files_that_cannot_be_read_store_nothing_and_their_work_says_why() {
        StartedIntake started = intake.addCvs(List.of(
                new CvUpload("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3}),
                new CvUpload("broken.pdf", "%PDF-1.7 and then nothing".getBytes(StandardCharsets.UTF_8))));

        assertThat(started.refused()).isEqualTo(1);
        await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> intake.problemsOf(started.workId()).size() == 2);
        assertThat(intake.problemsOf(started.workId())).containsExactly(
                "photo.png: Only PDF, Word (.docx or .doc) and plain text CVs can be read",
                "broken.pdf: This PDF is damaged and cannot be read");
        assertThat(count("select count(*) from cv_intakes where work_id = ?", started.workId()))
                .as("nothing of either file is kept").isZero();
        assertThat(count("select count(*) from background_work_items where work_id = ? and status = 'FAILED'",
                started.workId())).as("but the work lists both").isEqualTo(2);
        assertThat(intake.reviewQueue()).isEmpty();
    }

    @Test
    void with_the_firms_language_model_only_values_found_in_the_cv_are_kept() {
        try (var model = new OpenAiStandIn()) {
            useModel(model.baseUrl());
            model.answer("""
                    {"firstName":"Amara","lastName":"Okafor","emails":["amara.okafor@mail.example"],
                     "phones":["07700 900461"],"location":"Leeds, United Kingdom","linkedinUrl":"",
                     "currentTitle":"Senior Staff Nurse","currentEmployer":"Leeds Teaching Hospitals NHS Trust",
                     "workHistory":[{"title":"Senior Staff Nurse","employer":"Leeds Teaching Hospitals NHS Trust",
                                     "from":"2019-03","to":""},
                                    {"title":"Chief Medical Officer","employer":"Globex Invented Clinic",
                                     "from":"2010-01","to":"2014-01"}],
                     "education":[],"skills":["Phlebotomy","Quantum knitting"],"yearsOfExperience":25,
                     "languages":["Klingon"]}""");

            intake.addCvs(List.of(new CvUpload("amara.pdf", TestDocuments.pdf(CV))));
            CvReview review = awaitReview();

            assertThat(model.requests).singleElement().satisfies(request -> {
                assertThat(request.path()).isEqualTo("/v1/chat/completions");
                assertThat(request.authorization()).isEqualTo("Bearer sk-test-key");
                assertThat(request.body()).contains("\"model\" : \"cv-model\"", "\"json_schema\"",
                        "\"name\" : \"CandidateCv\"", "\"strict\" : true", "Leeds Teaching Hospitals NHS Trust");
            });
            var fields = review.parsed().fields();
            assertThat(review.parsed().parser()).isEqualTo(ParsedCv.Parser.OFFLINE_AND_LLM);
            assertThat(fields.currentEmployer().value()).isEqualTo("Leeds Teaching Hospitals NHS Trust");
            assertThat(fields.workHistory()).extracting(role -> role.value().employer())
                    .as("a role the CV does not have is dropped").doesNotContain("Globex Invented Clinic");
            assertThat(fields.skills()).extracting(Proposal::value).contains("Phlebotomy")
                    .doesNotContain("Quantum knitting");
            assertThat(fields.languages()).extracting(Proposal::value).doesNotContain("Klingon");
            assertThat(fields.yearsOfExperience() == null ? null : fields.yearsOfExperience().value())
                    .as("25 years is not stated in the CV").isNotEqualTo(25);
            assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+447700900461");
        }
    }

    @Test
    void when_the_language_model_fails_the_offline_reading_is_used_with_a_note() {
        try (var model = new OpenAiStandIn()) {
            useModel(model.baseUrl());
            model.fail(500);

            intake.addCvs(List.of(new CvUpload("amara.pdf", TestDocuments.pdf(CV))));
            CvReview review = awaitReview();

            assertThat(model.requests).isNotEmpty();
            assertThat(review.parsed().parser()).isEqualTo(ParsedCv.Parser.OFFLINE);
            assertThat(review.parsed().note()).startsWith("The AI server did not answer in time or failed");
            assertThat(review.parsed().fields().emails()).extracting(Proposal::value)
                    .containsExactly("amara.okafor@mail.example");
        }
    }

    @Test
    void a_viewer_cannot_drop_cvs() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        var viewerFirm = dev.wecruit.TestFirms.aFirm("Viewers").withMember(Role.VIEWER).create(accounts, organizations);
        SignedIn.as(signIn, viewerFirm.member(Role.VIEWER));

        assertThatThrownBy(() -> intake.addCvs(List.of(new CvUpload("amara.pdf", TestDocuments.pdf(CV)))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private void useModel(String baseUrl) {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        ai.save(new AiSettingsDraft(AiProvider.OPENAI_COMPATIBLE, baseUrl, "cv-model", null, "sk-test-key", false),
                ai.settings().version());
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
    }

    /** A count under the signed-in member's firm: row-level security applies in a transaction. */
    private long count(String sql, Object... arguments) {
        Long count = transactions.execute(status -> jdbc.queryForObject(sql, Long.class, arguments));
        return count == null ? 0 : count;
    }

    private CvReview awaitReview() {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> !intake.reviewQueue().isEmpty());
        return intake.review(intake.reviewQueue().getFirst()).orElseThrow();
    }
}
