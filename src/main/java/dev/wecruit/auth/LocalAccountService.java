package dev.wecruit.auth;

import dev.wecruit.auth.internal.Account;
import dev.wecruit.auth.internal.AccountRepository;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Local accounts: people who sign in with an email and a password (embedded mode, self-hosting without Clerk). */
@Service
@Validated
public class LocalAccountService {

    /** Shorter passwords are refused. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    LocalAccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** The account with this email, created with this name and password if there is none yet. */
    @Transactional
    public UUID findOrCreateAccount(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(min = MIN_PASSWORD_LENGTH, max = 200) String password) {
        String normalized = normalizeEmail(email);
        return accounts.findByEmail(normalized)
                .map(Account::id)
                .orElseGet(() -> accounts.save(
                        new Account(normalized, displayName.strip(), passwordEncoder.encode(password))).id());
    }

    @Transactional(readOnly = true)
    public Optional<UUID> findAccountId(String email) {
        return accounts.findByEmail(normalizeEmail(email)).map(Account::id);
    }

    /** Emails compare case-insensitively and without surrounding blanks. */
    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
