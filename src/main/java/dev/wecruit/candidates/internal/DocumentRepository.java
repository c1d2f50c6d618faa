package dev.wecruit.candidates.internal;

import dev.wecruit.platform.crypto.SealedText;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DocumentRepository extends JpaRepository<Document, UUID> {

    /** A document's listing data: everything but the content, which is not read. */
    interface Listing {
        UUID getId();

        UUID getCandidateId();

        SealedText getFileName();

        String getContentType();

        long getSizeBytes();

        byte[] getSha256();

        boolean getHasText();

        Instant getCreatedAt();

        UUID getCreatedBy();
    }

    @Query("""
            select d.id as id, d.candidateId as candidateId, d.fileName as fileName, d.contentType as contentType,
                   d.sizeBytes as sizeBytes, d.sha256 as sha256, case when d.text is not null then true else false end as hasText,
                   d.createdAt as createdAt, d.createdBy as createdBy
              from Document d where d.candidateId = :candidateId order by d.createdAt desc
            """)
    List<Listing> listByCandidate(@Param("candidateId") UUID candidateId);

    @Query("""
            select d.id as id, d.candidateId as candidateId, d.fileName as fileName, d.contentType as contentType,
                   d.sizeBytes as sizeBytes, d.sha256 as sha256, case when d.text is not null then true else false end as hasText,
                   d.createdAt as createdAt, d.createdBy as createdBy
              from Document d where d.candidateId in :candidateIds order by d.createdAt desc, d.id desc
            """)
    List<Listing> listByCandidates(@Param("candidateIds") Collection<UUID> candidateIds);

    @Query("""
            select d.id as id, d.candidateId as candidateId, d.fileName as fileName, d.contentType as contentType,
                   d.sizeBytes as sizeBytes, d.sha256 as sha256, case when d.text is not null then true else false end as hasText,
                   d.createdAt as createdAt, d.createdBy as createdBy
              from Document d where d.id in :ids
            """)
    List<Listing> listByIds(@Param("ids") Collection<UUID> ids);

    boolean existsByCandidateIdAndSha256(UUID candidateId, byte[] sha256);
}
