package dev.wecruit.companies.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CompanyRepository extends JpaRepository<Company, UUID> {

    Page<Company> findByNameContainingIgnoreCase(String name, Pageable pageable);

    @Query("select c.id from Company c where c.id in :ids")
    List<UUID> findExistingIds(@Param("ids") Collection<UUID> ids);
}
