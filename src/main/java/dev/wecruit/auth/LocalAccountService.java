package dev.wecruit.auth;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.spi.Account;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.auth.spi.SignedInMember;
import dev.wecruit.auth.spi.SignedInMembers;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
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
    private final SignedInMembers sessions;
    private final AuditLog audit;

    LocalAccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, SignedInMembers sessions,
            AuditLog audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * The signed-in member chooses a new password, proving the current one (a one-time password included). The
     * session may then do everything again.
     *
     * @throws InvalidInputException under {@code currentPassword} or {@code newPassword}; nothing is changed
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        SignedInMember member = sessions.current().orElseThrow(() -> new IllegalStateException("Not signed in"));
        Account account = accounts.findById(member.accountId()).orElseThrow();
        var errors = new FieldErrors();
        if (account.passwordHash() == null || currentPassword == null
                || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            errors.reject("currentPassword", "This is not your current password");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            errors.reject("newPassword", "At least " + MIN_PASSWORD_LENGTH + " characters");
        } else if (newPassword.length() > 200) {
            errors.reject("newPassword", "At most 200 characters");
        } else if (newPassword.equals(currentPassword)) {
            errors.reject("newPassword", "Choose a password other than the current one");
        }
        errors.throwIfAny();
        account.changePassword(passwordEncoder.encode(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, null,
                member.mustChangePassword() ? "Replaced the one-time password" : null);
        sessions.passwordChanged();
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
