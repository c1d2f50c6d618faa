package dev.wecruit.imports.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportBatchRepository extends JpaRepository<ImportBatch, UUID> {

    Optional<ImportBatch> findByWorkId(UUID workId);

    List<ImportBatch> findAllByOrderByCreatedAtDesc(Pageable page);
}
