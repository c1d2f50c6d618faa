package dev.wecruit.tenancy.internal;

import dev.wecruit.tenancy.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, UUID> {

    Optional<Member> findByAccountId(UUID accountId);

    long countByRoleAndActiveTrue(Role role);
}
