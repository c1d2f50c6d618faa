package dev.wecruit.companies.internal;

import dev.wecruit.companies.CompanyStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CompanyRepository extends JpaRepository<Company, UUID>, JpaSpecificationExecutor<Company> {

    Page<Company> findByNameContainingIgnoreCaseAndStatusIn(String name, Collection<CompanyStatus> statuses,
            Pageable pageable);

    List<IdAndName> findByNameContainingIgnoreCase(String name);

    @Query("select c.id as id, c.name as name from Company c where c.id in :ids")
    List<IdAndName> findNames(@Param("ids") Collection<UUID> ids);

    interface IdAndName {
        UUID getId();

        String getName();
    }

    @Query("select c.id as id, c.name as name from Company c")
    List<IdAndName> findAllNames();

    /** Whether a job or an activity names the company (the database's references, which removal must not break). */
    @Query(value = "select exists (select 1 from jobs where company_id = :id)"
            + " or exists (select 1 from activities where company_id = :id)", nativeQuery = true)
    boolean isReferenced(@Param("id") UUID id);

    @Query("select c.id from Company c where c.id in :ids")
    List<UUID> findExistingIds(@Param("ids") Collection<UUID> ids);
}
