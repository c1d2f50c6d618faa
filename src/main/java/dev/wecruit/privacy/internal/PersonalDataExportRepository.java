package dev.wecruit.privacy.internal;

import dev.wecruit.privacy.ExportStatus;
import dev.wecruit.privacy.PersonalDataExportSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonalDataExportRepository extends JpaRepository<PersonalDataExport, UUID> {

    Optional<PersonalDataExport> findByItemId(UUID itemId);

    /** The candidate's exports not yet expired, newest first; their archives are not read. */
    @Query("""
            select new dev.wecruit.privacy.PersonalDataExportSummary(e.id, e.candidateId, e.workId, e.status,
                   e.createdBy, e.createdAt, e.finishedAt, e.sizeBytes, e.expiresAt, e.error)
              from PersonalDataExport e where e.candidateId = :candidate and e.expiresAt > :now
             order by e.createdAt desc, e.id desc""")
    List<PersonalDataExportSummary> summariesOf(@Param("candidate") UUID candidateId,
            @Param("now") Instant now);

    /** The candidate's exports ever kept, with who asked, for the export's own record of earlier exports. */
    @Query("""
            select new dev.wecruit.privacy.PersonalDataExportSummary(e.id, e.candidateId, e.workId, e.status,
                   e.createdBy, e.createdAt, e.finishedAt, e.sizeBytes, e.expiresAt, e.error)
              from PersonalDataExport e where e.candidateId = :candidate
             order by e.createdAt desc, e.id desc""")
    List<PersonalDataExportSummary> allSummariesOf(@Param("candidate") UUID candidateId);

    boolean existsByCandidateIdAndStatus(UUID candidateId, ExportStatus status);

    /** Deletes the firm's exports that expired at or before {@code now}, archive and all. */
    @Modifying
    @Query("delete from PersonalDataExport e where e.expiresAt <= :now")
    int deleteExpired(@Param("now") Instant now);
}
