package dev.wecruit.imports.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedMappingRepository extends JpaRepository<SavedMapping, UUID> {

    List<SavedMapping> findAllByOrderByNameAsc();

    Optional<SavedMapping> findByName(String name);
}
