package dev.wecruit.companies.internal;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanyRepository extends JpaRepository<Company, UUID> {

    Page<Company> findByNameContainingIgnoreCase(String name, Pageable pageable);
}
