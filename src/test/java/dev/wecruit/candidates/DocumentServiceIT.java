package dev.wecruit.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DocumentServiceIT extends FirmTest {

    @Autowired DocumentService documents;
    @Autowired CandidateService candidates;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    UUID candidate;

    @BeforeEach
    void aCandidate() {
        candidate = candidates.create(TestCandidates.aCandidate().named("Ines", "Duarte").draft()).id();
    }

    @Test
    void a_pdf_cv_is_stored_sealed_with_its_text_extracted() {
        byte[] pdf = TestDocuments.pdf("Ines Duarte", "Senior Accountant, IFRS and consolidation");

        DocumentSummary stored = documents.attach(candidate, "C:\\Users\\ines\\Ines Duarte CV.pdf", pdf);

        assertThat(stored.fileName()).isEqualTo("Ines Duarte CV.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(documents.content(stored.id())).isEqualTo(pdf);
        assertThat(documents.text(stored.id())).contains("Senior Accountant, IFRS and consolidation");
        assertThat(documents.documentsOf(candidate)).extracting(DocumentSummary::fileName)
                .containsExactly("Ines Duarte CV.pdf");
        String row = transactions.execute(status -> jdbc.queryForObject(
                "select encode(content_enc, 'escape') || file_name_enc || coalesce(text_enc, '') from documents"
                        + " where id = ?", String.class, stored.id()));
        assertThat(row).doesNotContain("Duarte", "IFRS", "%PDF");
    }

    @Test
    void a_docx_cv_is_recognised_by_its_content() {
        DocumentSummary stored = documents.attach(candidate, "cv", TestDocuments.docx("Ines Duarte", "Controller"));

        assertThat(stored.contentType()).endsWith("wordprocessingml.document");
        assertThat(stored.fileName()).isEqualTo("cv");
        assertThat(documents.text(stored.id())).contains("Controller");
    }

    @Test
    void wrong_damaged_empty_duplicate_or_foreign_files_are_refused_and_nothing_is_stored() {
        byte[] pdf = TestDocuments.pdf("Ines Duarte");
        documents.attach(candidate, "cv.pdf", pdf);

        assertRefused("notes.pdf", "just text, named .pdf".getBytes(StandardCharsets.UTF_8),
                "Only PDF, Word (.docx or .doc) and text (.txt) files can be attached");
        assertRefused("cv.pdf", "%PDF-1.7 then garbage".getBytes(StandardCharsets.UTF_8),
                "This PDF is damaged and cannot be read");
        assertRefused("cv.pdf", Arrays.copyOf(pdf, pdf.length / 2), "This PDF is damaged and cannot be read");
        assertRefused("empty.pdf", new byte[0], "The file is empty");
        assertRefused("again.pdf", pdf, "This file is already attached to the candidate");
        assertThatThrownBy(() -> documents.attach(UUID.randomUUID(), "cv.pdf", pdf))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("candidateId"));
        assertThat(documents.documentsOf(candidate)).hasSize(1);
    }

    @Test
    void a_file_over_the_size_limit_is_refused() {
        byte[] big = Arrays.copyOf(TestDocuments.pdf("x"), (int) documents.maxSize().toBytes() + 1);

        assertRefused("big.pdf", big, "The file is larger than 10 MB");
    }

    @Test
    void a_deleted_document_is_gone() {
        DocumentSummary stored = documents.attach(candidate, "cv.pdf", TestDocuments.pdf("Ines"));

        documents.delete(stored.id());

        assertThat(documents.documentsOf(candidate)).isEmpty();
    }

    private void assertRefused(String name, byte[] content, String message) {
        assertThatThrownBy(() -> documents.attach(candidate, name, content))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", message));
    }
}
