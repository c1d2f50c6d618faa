package dev.wecruit.candidates.internal;

import dev.wecruit.platform.crypto.SealedText;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /** The documents of {@code from} that {@code into} has no copy of (the same file), which a merge can move. */
    @Query(value = """
            select d.id from documents d
             where d.candidate_id = :from
               and not exists (select 1 from documents s where s.candidate_id = :into and s.sha256 = d.sha256)
             order by d.id
            """, nativeQuery = true)
    List<UUID> movableTo(@Param("from") UUID from, @Param("into") UUID into);

    /** Moves these documents of {@code from} to {@code to}; returns how many moved. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update documents set candidate_id = :to, version = version + 1
             where id = any(cast(:ids as uuid[])) and candidate_id = :from
            """, nativeQuery = true)
    int move(@Param("ids") UUID[] ids, @Param("from") UUID from, @Param("to") UUID to);
}
