package dev.wecruit.auth.internal;

import dev.wecruit.auth.spi.Account;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.tenancy.AccountProfiles;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Members' names and emails, as tenancy asks for them, from the accounts this module owns. */
@Component
class AccountProfilesFromAccounts implements AccountProfiles {

    private final AccountRepository accounts;

    AccountProfilesFromAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Profile> of(Collection<UUID> accountIds) {
        return accountIds.isEmpty() ? Map.of() : accounts.findAllById(accountIds).stream()
                .collect(Collectors.toMap(Account::id, account -> new Profile(account.displayName(),
                        account.email())));
    }
}
