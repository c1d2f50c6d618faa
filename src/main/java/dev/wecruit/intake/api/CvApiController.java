package dev.wecruit.intake.api;

import dev.wecruit.intake.CvIntakeService;
import dev.wecruit.intake.CvRejected;
import dev.wecruit.intake.CvUpload;
import dev.wecruit.intake.FromCvResult;
import dev.wecruit.intake.ParsedCv;
import dev.wecruit.intake.parsing.CvFields;
import dev.wecruit.intake.parsing.Proposal;
import dev.wecruit.shared.InvalidInputException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * CVs for integrators, on the API key chain of {@code /api} (docs/api/cv.md): parse a CV into proposed fields without
 * storing anything, or create a candidate from it. The firm is the key's; a viewer key may do neither (403). Errors
 * are JSON: 413 too large, 415 not a CV format, 422 unreadable or not a valid candidate, 409 a duplicate.
 */
@RestController
class CvApiController {

    private final CvIntakeService intake;

    CvApiController(CvIntakeService intake) {
        this.intake = intake;
    }

    @PostMapping(path = "/api/cv/parse", consumes = "multipart/form-data")
    Map<String, Object> parse(@RequestParam("file") MultipartFile file) throws CvRejected, IOException {
        return parsedJson(intake.parse(new CvUpload(file.getOriginalFilename(), file.getBytes())));
    }

    @PostMapping(path = "/api/candidates/from-cv", consumes = "multipart/form-data")
    ResponseEntity<Map<String, Object>> createFromCv(@RequestParam("file") MultipartFile file)
            throws CvRejected, IOException {
        FromCvResult result = intake.createFromCv(new CvUpload(file.getOriginalFilename(), file.getBytes()));
        Map<String, Object> body = new LinkedHashMap<>();
        if (result.duplicate()) {
            body.put("error", "duplicate");
            body.put("message", "This CV is of a candidate the firm already has: " + result.duplicateReason());
            body.put("existingCandidateId", result.candidateId());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        }
        body.put("id", result.candidateId());
        body.put("parsed", parsedJson(result.parsed()));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @ExceptionHandler(CvRejected.class)
    ResponseEntity<Map<String, Object>> rejected(CvRejected rejected) {
        HttpStatus status = switch (rejected.kind()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNREADABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return error(status, rejected.kind().name().toLowerCase(java.util.Locale.ROOT), rejected.getMessage(), null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "too_large", "The file is larger than the server accepts", null);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_candidate",
                "What the CV holds does not make a valid candidate", e.fieldErrors());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingFile(MissingServletRequestPartException e) {
        return error(HttpStatus.BAD_REQUEST, "missing_file", "Send the CV as the multipart part \"file\"", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, "forbidden", "This API key may not add or read CVs: it is a viewer key",
                null);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String message,
            Map<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        if (fields != null) {
            body.put("fields", fields);
        }
        return ResponseEntity.status(status).body(body);
    }

    /** The proposal as the API documents it: each field with its value, confidence, source and place in the text. */
    static Map<String, Object> parsedJson(ParsedCv parsed) {
        CvFields fields = parsed.fields();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fileName", parsed.fileName());
        body.put("format", parsed.format().name());
        body.put("pages", parsed.pages());
        body.put("parser", parsed.parser().name());
        if (parsed.note() != null) {
            body.put("note", parsed.note());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("firstName", one(fields.firstName()));
        out.put("lastName", one(fields.lastName()));
        out.put("emails", all(fields.emails()));
        out.put("phones", all(fields.phones()));
        out.put("location", one(fields.location()));
        out.put("linkedinUrl", one(fields.linkedinUrl()));
        out.put("links", all(fields.links()));
        out.put("currentTitle", one(fields.currentTitle()));
        out.put("currentEmployer", one(fields.currentEmployer()));
        out.put("workHistory", all(fields.workHistory()));
        out.put("education", all(fields.education()));
        out.put("skills", all(fields.skills()));
        out.put("yearsOfExperience", one(fields.yearsOfExperience()));
        out.put("languages", all(fields.languages()));
        body.put("fields", out);
        return body;
    }

    private static Map<String, Object> one(Proposal<?> proposal) {
        if (proposal == null) {
            return null;
        }
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("value", proposal.value());
        field.put("confidence", Math.round(proposal.confidence() * 100) / 100.0);
        field.put("source", proposal.source().name());
        field.put("start", proposal.start());
        field.put("end", proposal.end());
        return field;
    }

    private static List<Map<String, Object>> all(List<? extends Proposal<?>> proposals) {
        return proposals.stream().map(CvApiController::one).toList();
    }
}
