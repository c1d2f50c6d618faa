package dev.wecruit.candidates.api;

import dev.wecruit.candidates.CandidateContact;
import dev.wecruit.candidates.CandidateCursor;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateProfile;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.DocumentSummary;
import dev.wecruit.candidates.ConsentMethod;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.candidates.LegalHold;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.platform.graphql.NodeLoader;
import dev.wecruit.platform.graphql.Paging;
import dev.wecruit.platform.graphql.Paging.InvalidCursorException;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.api.Owners;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

/**
 * Candidates and their documents in the API ({@code candidates.graphqls}), through {@link CandidateService} and
 * {@link DocumentService}: the list is the app's own candidate search, paged by its keyset in both directions, and
 * every related field of a page is one query.
 */
@Controller
class CandidateGraphqlController {

    static final String CANDIDATE = "Candidate";
    static final String DOCUMENT = "Document";

    private final CandidateService candidates;
    private final DocumentService documents;
    private final Owners owners;
    private final Paging paging;

    CandidateGraphqlController(CandidateService candidates, DocumentService documents, Owners owners, Paging paging) {
        this.candidates = candidates;
        this.documents = documents;
        this.owners = owners;
        this.paging = paging;
    }

    @QueryMapping
    Window<CandidateProfile> candidates(ScrollSubrange subrange, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy) {
        CandidateSort.Order order = order(orderBy);
        int size = paging.size(subrange);
        KeysetScrollPosition position = paging.position(subrange);
        boolean backward = position.scrollsBackward();
        // one row more than the page says whether there is another page in the same direction
        List<CandidateProfile> rows = candidates.page(CandidateFilters.query(filter), order, cursor(position, order),
                backward, size + 1);
        boolean more = rows.size() > size;
        List<CandidateProfile> page = !more ? rows : backward ? rows.subList(1, rows.size()) : rows.subList(0, size);
        return Window.from(page, index -> position(page.get(index), order, backward), more);
    }

    @MutationMapping
    CandidateProfile createCandidate(@Argument Map<String, Object> input) {
        CandidateDraft draft = draft(CandidateDraft.builder(), input);
        return CandidateProfile.of(candidates.create(draft));
    }

    @MutationMapping
    CandidateProfile updateCandidate(@Argument String id, @Argument int version, @Argument Map<String, Object> input) {
        UUID candidateId = GlobalId.parse(id, CANDIDATE, "id");
        CandidateDetails current = candidates.get(candidateId);
        CandidateDraft draft = draft(builderOf(current), input);
        return CandidateProfile.of(candidates.update(candidateId, version, draft));
    }

    @SchemaMapping(typeName = CANDIDATE)
    String id(CandidateProfile candidate) {
        return GlobalId.of(CANDIDATE, candidate.id());
    }

    @BatchMapping(typeName = CANDIDATE)
    Map<CandidateProfile, MemberSummary> owner(List<CandidateProfile> page) {
        return owners.of(page, CandidateProfile::ownerId);
    }

    @BatchMapping(typeName = "LegalHold")
    Map<LegalHold, MemberSummary> setBy(List<LegalHold> holds) {
        return owners.of(holds, LegalHold::setBy);
    }

    @BatchMapping(typeName = CANDIDATE)
    Map<CandidateProfile, CandidateContact> contact(List<CandidateProfile> page) {
        Map<UUID, CandidateContact> contacts = candidates.contactsOf(page.stream().map(CandidateProfile::id).toList());
        return page.stream().filter(candidate -> contacts.containsKey(candidate.id()))
                .collect(Collectors.toMap(candidate -> candidate, candidate -> contacts.get(candidate.id()),
                        (same, again) -> same));
    }

    @BatchMapping(typeName = CANDIDATE)
    Map<CandidateProfile, List<DocumentSummary>> documents(List<CandidateProfile> page) {
        Map<UUID, List<DocumentSummary>> files = documents.documentsOf(page.stream().map(CandidateProfile::id)
                .toList());
        return page.stream().collect(Collectors.toMap(candidate -> candidate,
                candidate -> files.getOrDefault(candidate.id(), List.of()), (same, again) -> same));
    }

    @SchemaMapping(typeName = DOCUMENT)
    String id(DocumentSummary document) {
        return GlobalId.of(DOCUMENT, document.id());
    }

    @SchemaMapping(typeName = DOCUMENT)
    long size(DocumentSummary document) {
        return document.sizeBytes();
    }

    @SchemaMapping(typeName = DOCUMENT)
    String downloadUrl(DocumentSummary document) {
        return DocumentContentController.path(GlobalId.of(DOCUMENT, document.id()));
    }

    @BatchMapping(typeName = DOCUMENT)
    Map<DocumentSummary, CandidateProfile> candidate(List<DocumentSummary> files) {
        Map<UUID, CandidateProfile> found = candidates.profiles(files.stream().map(DocumentSummary::candidateId)
                .collect(Collectors.toSet()));
        return files.stream().filter(file -> found.containsKey(file.candidateId()))
                .collect(Collectors.toMap(file -> file, file -> found.get(file.candidateId()), (same, again) -> same));
    }

    private static CandidateSort.Order order(Map<String, Object> orderBy) {
        if (orderBy == null || orderBy.get("field") == null) {
            return CandidateSort.Order.DEFAULT;
        }
        return new CandidateSort.Order(CandidateSort.valueOf((String) orderBy.get("field")),
                !"DESC".equals(orderBy.get("direction")));
    }

    /**
     * A row's cursor: the order it belongs to, the row's value in it (an instant for last activity, text otherwise,
     * or null) and its id; the order's name makes a cursor of another order a bad request, not a wrong page.
     */
    private static ScrollPosition position(CandidateProfile row, CandidateSort.Order order, boolean backward) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("by", order.by().name());
        keys.put("value", switch (order.by()) {
            case LAST_ACTIVITY -> row.lastActivityAt();
            case TITLE -> row.currentTitle();
            case COMPANY -> row.currentCompany();
            case LOCATION -> row.location();
        });
        keys.put("id", row.id());
        return backward ? ScrollPosition.backward(keys) : ScrollPosition.forward(keys);
    }

    private static CandidateCursor cursor(KeysetScrollPosition position, CandidateSort.Order order) {
        Map<String, Object> keys = position.getKeys();
        if (keys.isEmpty()) {
            return null;
        }
        Object value = keys.get("value");
        boolean typed = order.by() == CandidateSort.LAST_ACTIVITY ? value == null || value instanceof Instant
                : value == null || value instanceof String;
        if (!keys.keySet().equals(Set.of("by", "value", "id")) || !order.by().name().equals(keys.get("by"))
                || !typed || !(keys.get("id") instanceof UUID id)) {
            throw new InvalidCursorException();
        }
        return new CandidateCursor(value == null ? null : value.toString(), id);
    }


    private static CandidateDraft.Builder builderOf(CandidateDetails current) {
        return CandidateDraft.builder().firstName(current.firstName()).lastName(current.lastName())
                .emails(current.emails()).phones(current.phones()).address(current.address())
                .linkedinUrl(current.linkedinUrl()).location(current.location())
                .currentTitle(current.currentTitle()).currentCompany(current.currentCompany())
                .skills(current.skills()).yearsOfExperience(current.yearsOfExperience())
                .workHistory(current.workHistory()).education(current.education()).source(current.source())
                .ownerId(current.ownerId()).tags(current.tags()).lawfulBasis(current.lawfulBasis())
                .consentGivenOn(current.consentGivenOn()).consentNote(current.consentNote())
                .consentMethod(current.consentMethod()).consentExpiresOn(current.consentExpiresOn());
        // legalHold stays null: an update that leaves it out keeps the candidate's hold
    }

    /** The builder with the input's fields set: a field left out keeps the builder's value, null clears it. */
    @SuppressWarnings("unchecked")
    private static CandidateDraft draft(CandidateDraft.Builder builder, Map<String, Object> input) {
        input.forEach((name, value) -> {
            switch (name) {
                case "firstName" -> builder.firstName((String) value);
                case "lastName" -> builder.lastName((String) value);
                case "emails" -> builder.emails(strings(value));
                case "phones" -> builder.phones(strings(value));
                case "address" -> builder.address((String) value);
                case "linkedinUrl" -> builder.linkedinUrl((String) value);
                case "location" -> builder.location((String) value);
                case "currentTitle" -> builder.currentTitle((String) value);
                case "currentCompany" -> builder.currentCompany((String) value);
                case "skills" -> builder.skills(strings(value));
                case "yearsOfExperience" -> builder.yearsOfExperience((Integer) value);
                case "source" -> builder.source((String) value);
                case "ownerId" -> builder.ownerId(value == null ? null
                        : GlobalId.parse((String) value, "Member", "ownerId"));
                case "tags" -> builder.tags(strings(value));
                case "lawfulBasis" -> builder.lawfulBasis(value == null ? null : LawfulBasis.valueOf((String) value));
                case "consentGivenOn" -> builder.consentGivenOn((LocalDate) value);
                case "consentNote" -> builder.consentNote((String) value);
                case "consentMethod" -> builder.consentMethod(value == null ? null
                        : ConsentMethod.valueOf((String) value));
                case "consentExpiresOn" -> builder.consentExpiresOn((LocalDate) value);
                case "legalHold" -> builder.legalHold((Boolean) value);
                case "legalHoldReason" -> builder.legalHoldReason((String) value);
                // the schema's CandidateInput and this switch disagree: a programming error, not the client's
                default -> throw new IllegalStateException("No candidate input field " + name);
            }
        });
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : new ArrayList<>((List<String>) value);
    }

    @Component
    static class CandidateNodes implements NodeLoader {

        private final CandidateService candidates;

        CandidateNodes(CandidateService candidates) {
            this.candidates = candidates;
        }

        @Override
        public String type() {
            return CANDIDATE;
        }

        @Override
        public Class<?> javaType() {
            return CandidateProfile.class;
        }

        @Override
        public Map<UUID, ?> load(Collection<UUID> ids) {
            return candidates.profiles(ids);
        }
    }

    @Component
    static class DocumentNodes implements NodeLoader {

        private final DocumentService documents;

        DocumentNodes(DocumentService documents) {
            this.documents = documents;
        }

        @Override
        public String type() {
            return DOCUMENT;
        }

        @Override
        public Class<?> javaType() {
            return DocumentSummary.class;
        }

        @Override
        public Map<UUID, ?> load(Collection<UUID> ids) {
            return documents.documents(ids);
        }
    }
}
