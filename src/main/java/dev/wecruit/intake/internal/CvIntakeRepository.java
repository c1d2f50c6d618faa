package dev.wecruit.intake.internal;

import dev.wecruit.intake.IntakeStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CvIntakeRepository extends JpaRepository<CvIntake, UUID> {

    Optional<CvIntake> findByItemId(UUID itemId);

    /** A member's queue: the CVs they dropped that wait for review, oldest first. */
    @Query("""
            select i.id from CvIntake i where i.status = :status and i.createdBy = :member
             order by i.createdAt, i.id""")
    List<UUID> idsByStatusAndCreator(@Param("status") IntakeStatus status, @Param("member") UUID member);

    /** Counted in the database: the rows hold sealed files, and a drop's view asks again at every CV read. */
    long countByWorkIdAndStatus(UUID workId, IntakeStatus status);

    void deleteByItemId(UUID itemId);
}
