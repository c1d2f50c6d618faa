package dev.wecruit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.TestDocuments;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.ObjectMapper;

/** The CV endpoints for integrators: every status code they document, each with its JSON body. */
@IntegrationTest
class CvApiIT {

    @Autowired WebApplicationContext context;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;
    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired CurrentTenant currentTenant;
    @Autowired ObjectMapper json;

    TestFirms.CreatedFirm firm;
    MockMvc api;
    String recruiterKey;
    String viewerKey;

    @BeforeEach
    void aFirmWithTwoKeys() {
        firm = TestFirms.aFirm("CV integrators").withMember(Role.ADMIN).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        LocalDate nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1);
        recruiterKey = keys.create("ATS sync", Role.RECRUITER, nextYear).secret();
        viewerKey = keys.create("Read only", Role.VIEWER, nextYear).secret();
        SignedIn.out();
        api = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void parsing_returns_the_proposed_fields_with_confidence_and_parser_and_stores_nothing() throws Exception {
        post("/api/cv/parse", recruiterKey, cv("amara.pdf", TestDocuments.pdf(CvIntakeIT.CV)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parser").value("OFFLINE"))
                .andExpect(jsonPath("$.format").value("PDF"))
                .andExpect(jsonPath("$.fields.emails[0].value").value("amara.okafor@mail.example"))
                .andExpect(jsonPath("$.fields.emails[0].source").value("OFFLINE"))
                .andExpect(jsonPath("$.fields.emails[0].confidence").isNumber())
                .andExpect(jsonPath("$.fields.phones[0].value").value("+447700900461"));

        assertThat(currentTenant.callAs(firm.id(), () -> candidates.count())).isZero();
    }

    @Test
    void creating_from_a_cv_answers_201_then_409_with_the_existing_candidate_for_the_same_person()
            throws Exception {
        String body = post("/api/candidates/from-cv", recruiterKey, cv("amara.pdf", TestDocuments.pdf(CvIntakeIT.CV)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isString())
                .andReturn().getResponse().getContentAsString();
        UUID created = UUID.fromString(json.readTree(body).get("id").asString());
        assertThat(currentTenant.callAs(firm.id(), () -> documents.documentsOf(created))).hasSize(1);

        post("/api/candidates/from-cv", recruiterKey, cv("amara-2026.pdf", TestDocuments.pdf(CvIntakeIT.CV)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("duplicate"))
                .andExpect(jsonPath("$.existingCandidateId").value(created.toString()));
        assertThat(currentTenant.callAs(firm.id(), () -> candidates.count())).isEqualTo(1);
    }

    @Test
    void a_file_too_large_answers_413() throws Exception {
        byte[] large = new byte[(int) documents.maxSize().toBytes() + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
        post("/api/cv/parse", recruiterKey, cv("huge.pdf", large))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.error").value("too_large"));
    }

    @Test
    void a_file_of_another_type_answers_415() throws Exception {
        post("/api/cv/parse", recruiterKey, cv("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("unsupported"))
                .andExpect(jsonPath("$.message").value("Only PDF, Word (.docx or .doc) and plain text CVs can be read"));
    }

    @Test
    void a_damaged_file_answers_422_and_a_cv_without_a_name_cannot_become_a_candidate() throws Exception {
        post("/api/cv/parse", recruiterKey, cv("broken.pdf", "%PDF-1.7 and then nothing".getBytes(
                StandardCharsets.US_ASCII)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value("unreadable"))
                .andExpect(jsonPath("$.message").value("This PDF is damaged and cannot be read"));

        post("/api/candidates/from-cv", recruiterKey, cv("notes.txt", "42\n".getBytes(StandardCharsets.US_ASCII)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value("invalid_candidate"))
                .andExpect(jsonPath("$.fields.firstName").isString());
    }

    @Test
    void a_viewer_key_gets_403_and_no_key_gets_401() throws Exception {
        post("/api/cv/parse", viewerKey, cv("amara.pdf", TestDocuments.pdf(CvIntakeIT.CV)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        post("/api/candidates/from-cv", viewerKey, cv("amara.pdf", TestDocuments.pdf(CvIntakeIT.CV)))
                .andExpect(status().isForbidden());
        api.perform(multipart("/api/cv/parse").file(cv("amara.pdf", TestDocuments.pdf(CvIntakeIT.CV))))
                .andExpect(status().isUnauthorized());
        assertThat(currentTenant.callAs(firm.id(), () -> candidates.count())).isZero();
    }

    private ResultActions post(String path, String key, MockMultipartFile file) throws Exception {
        return api.perform(multipart(path).file(file).header("Authorization", "Bearer " + key));
    }

    private static MockMultipartFile cv(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }
}
