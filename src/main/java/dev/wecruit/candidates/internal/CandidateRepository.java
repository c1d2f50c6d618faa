package dev.wecruit.candidates.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CandidateRepository extends JpaRepository<Candidate, UUID> {

    @Query("select c.id from Candidate c where c.id in :ids and c.mergedInto is null")
    List<UUID> findExistingIds(@Param("ids") Collection<UUID> ids);

    /** A candidate's id and source, without the rest of the record. */
    interface IdAndSource {
        UUID getId();

        String getSource();
    }

    @Query("select c.id as id, c.source as source from Candidate c where c.id in :ids")
    List<IdAndSource> findSources(@Param("ids") Collection<UUID> ids);

    /** Every candidate who is still a person: anonymised records name no one and are not worked on. */
    @Query(value = "select id from candidates where anonymised_at is null and merged_into is null order by id",
            nativeQuery = true)
    List<UUID> findAllIds();

    /** {@link #touchLastActivity} for many candidates at once. */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update candidates c set last_activity_at = greatest(c.last_activity_at, t.at)
              from unnest(cast(:ids as uuid[]), cast(cast(:ats as text[]) as timestamptz[])) as t(id, at)
             where c.id = t.id and (c.last_activity_at is null or c.last_activity_at < t.at)
            """, nativeQuery = true)
    int touchLastActivities(@Param("ids") UUID[] ids, @Param("ats") String[] isoInstants);

    /** Moves last activity forward, never back; leaves the version alone (logging a call is not an edit). */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update candidates set last_activity_at = greatest(last_activity_at, :at)
             where id = :id and (last_activity_at is null or last_activity_at < :at)
            """, nativeQuery = true)
    int touchLastActivity(@Param("id") UUID id, @Param("at") Instant at);

    /**
     * Retires a candidate merged into another; nothing when they are retired or anonymised already. The version
     * moves on, so whatever holds the record as it was (a form, an import's undo) sees that it changed.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update candidates set merged_into = :into, merged_at = :at, version = version + 1
             where id = :id and merged_into is null and anonymised_at is null
            """, nativeQuery = true)
    int retire(@Param("id") UUID id, @Param("into") UUID into, @Param("at") Instant at);

    /** Takes a retired candidate back into use, as they were; the version moves on again. */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update candidates set merged_into = null, merged_at = null, version = version + 1
             where id = :id and merged_into = :from
            """, nativeQuery = true)
    int reinstate(@Param("id") UUID id, @Param("from") UUID from);

    /** Sets last activity to exactly this (a merge undone puts the survivor's back). */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(value = "update candidates set last_activity_at = :at where id = :id", nativeQuery = true)
    int putLastActivity(@Param("id") UUID id, @Param("at") Instant at);

    /** Deletes a retired candidate for good, with what the database cascades to (documents left, terms). */
    @Modifying(flushAutomatically = true)
    @Query(value = "delete from candidates where id = :id and merged_into is not null", nativeQuery = true)
    int deleteRetired(@Param("id") UUID id);
}
