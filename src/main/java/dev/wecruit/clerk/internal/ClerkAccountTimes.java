package dev.wecruit.clerk.internal;

import dev.wecruit.auth.spi.Account;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * When Clerk's user webhooks last changed an account. A membership webhook also names the user, but without a time
 * of the user's own: its name and email may fill in an account no user webhook has described yet, and never
 * overwrite what one has.
 */
public interface ClerkAccountTimes extends Repository<Account, UUID> {

    @Query("select a.clerkUpdatedAt from Account a where a.id = :id")
    Optional<Instant> clerkUpdatedAtOf(@Param("id") UUID accountId);
}
