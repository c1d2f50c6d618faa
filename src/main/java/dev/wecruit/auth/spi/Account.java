package dev.wecruit.auth.spi;

import dev.wecruit.platform.persistence.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A person who can sign in locally. Global: memberships, not the account, give access to a firm's data. */
@Entity
@Table(name = "accounts")
public class Account {

    @Id
    private UUID id;

    /** Unique; none for a Clerk user whose email has not arrived yet. */
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Set by an invitation: the password was a one-time one and must be changed before anything else. */
    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    /** When a one-time password stops working if unused. */
    @Column(name = "password_expires_at")
    private Instant passwordExpiresAt;

    @Column(name = "clerk_user_id")
    private String clerkUserId;

    /** When Clerk last changed this user, by the webhooks applied: an older message must not undo a newer one. */
    @Column(name = "clerk_updated_at")
    private Instant clerkUpdatedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash) {
        this.id = Ids.next();
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    /** An account that signs in with a one-time password first, and must then choose its own. */
    public static Account invited(String email, String displayName, String oneTimePasswordHash, Instant expiresAt) {
        var account = new Account(email, displayName, oneTimePasswordHash);
        account.passwordMustChange = true;
        account.passwordExpiresAt = expiresAt;
        return account;
    }

    /** A Clerk user, known by their Clerk id; Clerk signs them in, so there is no password. */
    public static Account ofClerkUser(String clerkUserId, String email, String displayName) {
        var account = new Account(email, displayName, null);
        account.clerkUserId = clerkUserId;
        return account;
    }

    /**
     * The one-time password was just used to sign in: it stops working soon, whether or not it is changed, so
     * whoever else saw it cannot use it for days.
     */
    public void oneTimePasswordUsed(Instant stopsWorkingAt) {
        if (passwordMustChange && (passwordExpiresAt == null || stopsWorkingAt.isBefore(passwordExpiresAt))) {
            passwordExpiresAt = stopsWorkingAt;
        }
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordMustChange = false;
        this.passwordExpiresAt = null;
    }

    /** Applies what Clerk says of the user, unless what was applied already is newer. */
    public boolean updateFromClerk(String email, String displayName, Instant changedAt) {
        if (clerkUpdatedAt != null && changedAt != null && !changedAt.isAfter(clerkUpdatedAt)) {
            return false;
        }
        if (email != null) {
            this.email = email;
        }
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = displayName.strip();
        }
        if (changedAt != null) {
            this.clerkUpdatedAt = changedAt; // a message without a time never resets the mark
        }
        return true;
    }

    /** Links an existing local account to the Clerk user with the same email (a firm moving to Clerk). */
    public void linkClerkUser(String clerkUserId) {
        this.clerkUserId = clerkUserId;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean passwordMustChange() {
        return passwordMustChange;
    }

    public Instant passwordExpiresAt() {
        return passwordExpiresAt;
    }

    public String clerkUserId() {
        return clerkUserId;
    }
}
