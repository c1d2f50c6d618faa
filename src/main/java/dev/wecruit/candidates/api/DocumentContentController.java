package dev.wecruit.candidates.api;

import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.DocumentSummary;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents/{id}/content}: a document's file, where the API's {@code Document.downloadUrl} points.
 * GraphQL answers JSON, and a CV is bytes. Under {@code /api/**}, so the API's chain authenticates the credential;
 * the firm is the credential's, and an id that is not the firm's file (or no id at all) is a bare 404.
 */
@RestController
class DocumentContentController {

    private final DocumentService documents;

    DocumentContentController(DocumentService documents) {
        this.documents = documents;
    }

    static String path(String globalId) {
        return "/api/documents/" + globalId + "/content";
    }

    @GetMapping("/api/documents/{id}/content")
    ResponseEntity<byte[]> content(@PathVariable String id) {
        UUID documentId;
        try {
            documentId = GlobalId.parse(id, CandidateGraphqlController.DOCUMENT, "id");
        } catch (InvalidInputException notADocumentId) {
            return ResponseEntity.notFound().build();
        }
        DocumentSummary document = documents.documents(List.of(documentId)).get(documentId);
        if (document == null) {
            return ResponseEntity.notFound().build();
        }
        byte[] content = documents.content(documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "forbidden"));
    }

    /** The file was deleted between the two reads. */
    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Void> gone() {
        return ResponseEntity.notFound().build();
    }
}
