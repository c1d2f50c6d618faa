package dev.wecruit.candidates;

import dev.wecruit.candidates.internal.CandidateAccessLog;
import dev.wecruit.candidates.internal.CandidateRepository;
import dev.wecruit.candidates.internal.CvText;
import dev.wecruit.candidates.internal.Document;
import dev.wecruit.candidates.internal.DocumentRepository;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.documents.DocumentFormat;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Candidates' CVs and other files. A file is accepted only when its content is a PDF or a Word file (checked by its
 * magic bytes, not its name), or plain text named {@code .txt}, within the size limit, and readable; its text is extracted on the way in. The content, the
 * file name and the text are sealed at rest.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    private final DocumentRepository documents;
    private final CandidateRepository candidates;
    private final PiiCipher cipher;
    private final DataSize maxSize;
    private final ApplicationEventPublisher events;
    private final CandidateAccessLog contactReads;

    DocumentService(DocumentRepository documents, CandidateRepository candidates, PiiCipher cipher,
            @Value("${wecruit.documents.max-size:10MB}") DataSize maxSize, ApplicationEventPublisher events,
            CandidateAccessLog contactReads) {
        this.documents = documents;
        this.candidates = candidates;
        this.cipher = cipher;
        this.maxSize = maxSize;
        this.events = events;
        this.contactReads = contactReads;
    }

    /** The largest file accepted. */
    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Attaches a file to a candidate.
     *
     * @param fileName the name the user's file had; only shown back to users
     * @throws InvalidInputException under {@code file} when the file is empty, too large, not a PDF or DOCX,
     *     damaged, or already attached; under {@code candidateId} when there is no such candidate. Nothing is saved.
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public DocumentSummary attach(UUID candidateId, String fileName, byte[] content) {
        if (candidateId == null || candidates.findExistingIds(List.of(candidateId)).isEmpty()) {
            throw InvalidInputException.of("candidateId", "No such candidate in your firm");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "The file is empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw InvalidInputException.of("file", "The file is larger than " + describe(maxSize));
        }
        DocumentFormat type = CvText.detect(content, fileName).orElseThrow(() -> InvalidInputException.of("file",
                "Only PDF, Word (.docx or .doc) and text (.txt) files can be attached"));
        String text;
        try {
            text = CvText.extract(content);
        } catch (CvText.UnreadableFileException e) {
            throw InvalidInputException.of("file", e.getMessage());
        }
        byte[] sha256 = sha256(content);
        if (documents.existsByCandidateIdAndSha256(candidateId, sha256)) {
            throw InvalidInputException.of("file", "This file is already attached to the candidate");
        }
        String name = cleanFileName(fileName, type);
        Document document = documents.saveAndFlush(new Document(candidateId, cipher.seal(name), type.contentType(),
                content.length, sha256, cipher.seal(content), text.isEmpty() ? null : cipher.seal(text)));
        events.publishEvent(new CandidatesChanged(document.getTenantId(), List.of(candidateId)));
        return new DocumentSummary(document.getId(), candidateId, name, type.contentType(), content.length,
                HexFormat.of().formatHex(sha256), !text.isEmpty(), document.getCreatedAt(), document.getCreatedBy());
    }

    /**
     * Moves the files of one candidate to another, for a merge (decision 0037): all but those the other has already
     * (the same file, by its hash), which stay with the candidate merged away.
     *
     * @return the ids of the files moved, for {@link #moveBack}
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public List<UUID> moveAll(UUID fromCandidateId, UUID toCandidateId) {
        List<UUID> movable = documents.movableTo(fromCandidateId, toCandidateId);
        if (!movable.isEmpty()) {
            documents.move(movable.toArray(UUID[]::new), fromCandidateId, toCandidateId);
        }
        return movable;
    }

    /**
     * Moves files a merge moved back to the candidate they came from; a file deleted since is left out.
     *
     * @return how many moved back
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public int moveBack(Collection<UUID> documentIds, UUID fromCandidateId, UUID toCandidateId) {
        return documentIds.isEmpty() ? 0
                : documents.move(documentIds.toArray(UUID[]::new), fromCandidateId, toCandidateId);
    }

    /** The candidate's files, newest first, without their content. */
    public List<DocumentSummary> documentsOf(UUID candidateId) {
        return documents.listByCandidate(candidateId).stream().map(this::summary).toList();
    }

    /**
     * The files of each of these candidates, newest first, without their content, in one query; a candidate
     * without files, or of another firm, is left out.
     */
    public Map<UUID, List<DocumentSummary>> documentsOf(Collection<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<DocumentSummary>> byCandidate = new HashMap<>();
        documents.listByCandidates(Set.copyOf(candidateIds)).forEach(row -> byCandidate
                .computeIfAbsent(row.getCandidateId(), candidate -> new ArrayList<>()).add(summary(row)));
        return byCandidate;
    }

    /** The firm's files among these ids, without their content, by id; other firms' ids are left out. */
    public Map<UUID, DocumentSummary> documents(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, DocumentSummary> found = new HashMap<>();
        documents.listByIds(Set.copyOf(ids)).forEach(row -> found.put(row.getId(), summary(row)));
        return found;
    }

    /**
     * The file's bytes, as uploaded. A file carries its candidate's contact details, so it is read by those who may
     * read them, and each read is in the candidate's access log ({@link CandidateService#accessLogOf}): a download,
     * or an API read for a key.
     *
     * @throws RecordNotFoundException also for another firm's file
     * @throws org.springframework.security.access.AccessDeniedException for a viewer API key
     */
    @Transactional
    public byte[] content(UUID documentId) {
        contactReads.requireMayRead();
        Document document = load(documentId);
        contactReads.record(List.of(document.getCandidateId()), AccessChannel.DOWNLOAD);
        return cipher.open(document.getContent(), new FieldRef("document", documentId, "content"));
    }

    /**
     * The file's bytes for a subject-access export, which is in the candidate's access log as an export when it is
     * downloaded: reading the file into the archive is not a download of its own.
     *
     * @throws RecordNotFoundException also for another firm's file
     */
    @Transactional(readOnly = true)
    @RequiresRole(Role.RECRUITER)
    public byte[] contentForExport(UUID documentId) {
        Document document = load(documentId);
        return cipher.open(document.getContent(), new FieldRef("document", documentId, "content"));
    }

    private DocumentSummary summary(DocumentRepository.Listing row) {
        return new DocumentSummary(row.getId(), row.getCandidateId(),
                cipher.open(row.getFileName(), new FieldRef("document", row.getId(), "fileName")),
                row.getContentType(), row.getSizeBytes(), HexFormat.of().formatHex(row.getSha256()),
                row.getHasText(), row.getCreatedAt(), row.getCreatedBy());
    }

    /** The text extracted from the file; empty when it had none (a scanned PDF). */
    public String text(UUID documentId) {
        Document document = load(documentId);
        String text = cipher.open(document.getText(), new FieldRef("document", documentId, "text"));
        return text == null ? "" : text;
    }

    @Transactional
    @RequiresRole(Role.RECRUITER)
    public void delete(UUID documentId) {
        Document document = load(documentId);
        documents.delete(document);
        events.publishEvent(new CandidatesChanged(document.getTenantId(), List.of(document.getCandidateId())));
    }

    private Document load(UUID documentId) {
        return documents.findById(documentId).orElseThrow(() -> new RecordNotFoundException("document", documentId));
    }

    static String cleanFileName(String fileName, DocumentFormat type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "document" + type.extension();
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(DataSize size) {
        return size.toMegabytes() >= 1 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }
}
