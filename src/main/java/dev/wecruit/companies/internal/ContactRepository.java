package dev.wecruit.companies.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContactRepository extends JpaRepository<Contact, UUID> {

    List<Contact> findByCompanyId(UUID companyId);

    List<Contact> findByCompanyIdIn(Collection<UUID> companyIds);

    interface CompanyOfContact {
        UUID getId();

        UUID getCompanyId();
    }

    @Query("select c.id as id, c.companyId as companyId from Contact c where c.id in :ids")
    List<CompanyOfContact> findCompanyIds(@Param("ids") Collection<UUID> ids);

    /** Whether a job names the contact its hiring manager or an activity names them. */
    @Query(value = "select exists (select 1 from jobs where hiring_manager_id = :id)"
            + " or exists (select 1 from activities where contact_id = :id)", nativeQuery = true)
    boolean isReferenced(@Param("id") UUID id);

    /** Contacts indexed under every one of the given terms. */
    @Query("""
            select c from Contact c where c.id in (
                select t.id from Contact t join t.searchTerms term
                where term in :terms group by t.id having count(distinct term) = :count)
            """)
    List<Contact> findByAllTerms(@Param("terms") Collection<UUID> terms, @Param("count") long count);
}
