package dev.wecruit.clerk.internal;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.spi.Account;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.clerk.token.ClerkRoles;
import dev.wecruit.tenancy.ClerkDirectory.ClerkOrganization;
import dev.wecruit.tenancy.ClerkDirectory.FirmOfClerk;
import dev.wecruit.tenancy.ClerkDirectory.MemberChange;
import dev.wecruit.tenancy.ClerkDirectory;
import dev.wecruit.tenancy.Role;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Applies Clerk's webhook events (already verified) to firms, members and accounts.
 *
 * <p><b>Once.</b> Svix delivers at least once. The message id goes into {@code clerk_webhook_messages} in the same
 * transaction as the change, so a redelivery finds it and changes nothing, and a change that rolls back leaves no id
 * behind to block the retry.
 *
 * <p><b>In order.</b> Svix may deliver out of order, so each change carries Clerk's {@code updated_at} and an older
 * one does not undo a newer one. A deleted membership carries its last {@code updated_at}, not the time of deletion:
 * the event's own time is used when later.
 *
 * <p>Each applied change is audited in its firm with Clerk as the actor. Account names and emails (user events) are
 * not firm changes and are not audited.
 */
class ClerkWebhookEvents {

    /** What became of one message. */
    enum Outcome {
        APPLIED,
        /** Applied before: a redelivery. */
        DUPLICATE,
        /** An event this app has no use for, or about something it never knew. */
        IGNORED
    }

    private static final Logger log = LoggerFactory.getLogger(ClerkWebhookEvents.class);

    private final ClerkDirectory directory;
    private final ClerkProvisioning provisioning;
    private final AccountRepository accounts;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    ClerkWebhookEvents(ClerkDirectory directory, ClerkProvisioning provisioning, AccountRepository accounts,
            TransactionTemplate transactions, JdbcTemplate jdbc, AuditLog audit) {
        this.directory = directory;
        this.provisioning = provisioning;
        this.accounts = accounts;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Applies one event.
     *
     * @throws UnusableEventException when a known event type lacks what it must carry
     */
    Outcome apply(String messageId, JsonNode event) {
        String type = text(event.path("type"));
        JsonNode data = event.path("data");
        if (type == null || !data.isObject()) {
            throw new UnusableEventException("no type or data");
        }
        return switch (type) {
            case "organization.created", "organization.updated" -> organizationChanged(messageId, type, data, event);
            case "organization.deleted" -> organizationDeleted(messageId, type, data);
            case "organizationMembership.created", "organizationMembership.updated" ->
                    membershipChanged(messageId, type, data, event, true);
            case "organizationMembership.deleted" -> membershipChanged(messageId, type, data, event, false);
            case "user.created", "user.updated" -> userChanged(messageId, type, data, event);
            default -> Outcome.IGNORED;
        };
    }

    private Outcome organizationChanged(String messageId, String type, JsonNode data, JsonNode event) {
        var organization = new ClerkOrganization(required(data, "id"), text(data.path("name")),
                text(data.path("slug")), changedAt(data, event));
        Optional<UUID> known = directory.firmOf(organization.id());
        UUID tenantId;
        if (known.isPresent()) {
            tenantId = known.get();
        } else {
            FirmOfClerk firm = directory.findOrCreateFirm(organization, created -> {
                recorded(messageId, type);
                audit.recordAs(ClerkProvisioning.ACTOR, null, AuditAction.ORGANIZATION_CREATED, created.name(),
                        "Clerk organization " + organization.id());
            });
            if (firm.created()) {
                return Outcome.APPLIED;
            }
            tenantId = firm.tenantId();
        }
        return directory.inFirm(tenantId, firm -> {
            if (!recorded(messageId, type)) {
                return Outcome.DUPLICATE;
            }
            String before = firm.name();
            if (firm.rename(organization.name(), organization.changedAt())) {
                audit.recordAs(ClerkProvisioning.ACTOR, null, AuditAction.ORGANIZATION_UPDATED, firm.name(),
                        "Renamed from " + before);
            }
            return Outcome.APPLIED;
        });
    }

    private Outcome organizationDeleted(String messageId, String type, JsonNode data) {
        Optional<UUID> known = directory.firmOf(required(data, "id"));
        if (known.isEmpty()) {
            return recordedOnly(messageId, type);
        }
        return directory.inFirm(known.get(), firm -> {
            if (!recorded(messageId, type)) {
                return Outcome.DUPLICATE;
            }
            if (firm.close()) {
                audit.recordAs(ClerkProvisioning.ACTOR, null, AuditAction.ORGANIZATION_CLOSED, firm.name(),
                        "Deleted in Clerk; the firm's records are kept, and nobody can sign in to it");
            }
            return Outcome.APPLIED;
        });
    }

    private Outcome membershipChanged(String messageId, String type, JsonNode data, JsonNode event, boolean active) {
        JsonNode organizationData = data.path("organization");
        JsonNode user = data.path("public_user_data");
        var organization = new ClerkOrganization(required(organizationData, "id"),
                text(organizationData.path("name")), text(organizationData.path("slug")),
                changedAt(organizationData, event));
        String userId = required(user, "user_id");
        String email = text(user.path("identifier"));
        String name = fullName(user);
        Role role = ClerkRoles.toRole(text(data.path("role")));
        Instant changedAt = changedAt(data, event);
        if (!active) {
            // the payload's updated_at is the membership's last change before deletion
            Instant eventTime = eventTime(event);
            if (eventTime != null && (changedAt == null || eventTime.isAfter(changedAt))) {
                changedAt = eventTime;
            }
        }

        UUID tenantId;
        UUID accountId;
        if (active) {
            tenantId = directory.firmOf(organization.id()).orElseGet(() -> directory.findOrCreateFirm(organization,
                    created -> audit.recordAs(ClerkProvisioning.ACTOR, null, AuditAction.ORGANIZATION_CREATED,
                            created.name(), "Clerk organization " + organization.id())).tenantId());
            accountId = provisioning.accountOf(userId, email, name).id();
        } else {
            Optional<UUID> firm = directory.firmOf(organization.id());
            Optional<Account> account = accounts.findByClerkUserId(userId);
            if (firm.isEmpty() || account.isEmpty()) {
                return recordedOnly(messageId, type);
            }
            tenantId = firm.get();
            accountId = account.get().id();
        }
        Instant when = changedAt;
        return directory.inFirm(tenantId, firm -> {
            if (!recorded(messageId, type)) {
                return Outcome.DUPLICATE;
            }
            if (active) {
                provisioning.fillInFromMembership(accountId, email, name);
            }
            MemberChange change = firm.applyMembership(accountId, role, active, when);
            String subject = accounts.findById(accountId).map(ClerkProvisioning::subject).orElse(userId);
            switch (change.kind()) {
                case ADDED -> audit.recordAs(ClerkProvisioning.ACTOR, null, AuditAction.MEMBER_ADDED, subject,
                        "As " + label(role));
                case REACTIVATED -> audit.recordAs(ClerkProvisioning.ACTOR, null, AuditAction.MEMBER_REACTIVATED,
                        subject, "As " + label(role));
                case ROLE_CHANGED -> audit.recordAs(ClerkProvisioning.ACTOR, null, AuditAction.MEMBER_ROLE_CHANGED,
                        subject, "From " + label(change.roleBefore()) + " to " + label(role));
                case REMOVED -> audit.recordAs(ClerkProvisioning.ACTOR, null, AuditAction.MEMBER_REMOVED, subject,
                        "Removed from the organization in Clerk");
                case UNCHANGED, STALE -> {
                    // nothing anyone sees changed
                }
            }
            return Outcome.APPLIED;
        });
    }

    private Outcome userChanged(String messageId, String type, JsonNode data, JsonNode event) {
        String userId = required(data, "id");
        Optional<Account> known = accounts.findByClerkUserId(userId);
        if (known.isEmpty()) {
            // the account is made when the user first signs in or joins an organization
            return recordedOnly(messageId, type);
        }
        UUID accountId = known.get().id();
        String email = ClerkProvisioning.email(primaryEmail(data));
        String name = fullName(data);
        Instant changedAt = changedAt(data, event);
        return transactions.execute(status -> {
            if (!recorded(messageId, type)) {
                return Outcome.DUPLICATE;
            }
            Account account = accounts.findById(accountId).orElseThrow();
            String usable = email;
            if (usable != null && accounts.findByEmail(usable).filter(other -> !other.id().equals(accountId))
                    .isPresent()) {
                log.warn("Clerk user {} has an email another account has; keeping the account's own", userId);
                usable = null;
            }
            account.updateFromClerk(usable, name, changedAt);
            return Outcome.APPLIED;
        });
    }

    /** Keeps the id of a message that changes nothing, so its redeliveries are not looked at again. */
    private Outcome recordedOnly(String messageId, String type) {
        Boolean fresh = transactions.execute(status -> recorded(messageId, type));
        return Boolean.TRUE.equals(fresh) ? Outcome.IGNORED : Outcome.DUPLICATE;
    }

    /** @return whether the message is new; call in the transaction of its change */
    private boolean recorded(String messageId, String type) {
        return jdbc.update("""
                insert into clerk_webhook_messages (message_id, event_type) values (?, ?)
                on conflict (message_id) do nothing""", messageId, type) == 1;
    }

    private static String primaryEmail(JsonNode user) {
        String primaryId = text(user.path("primary_email_address_id"));
        JsonNode addresses = user.path("email_addresses");
        if (primaryId == null || !addresses.isArray()) {
            return null;
        }
        for (JsonNode address : addresses) {
            if (primaryId.equals(text(address.path("id")))) {
                return text(address.path("email_address"));
            }
        }
        return null;
    }

    private static String fullName(JsonNode person) {
        String first = text(person.path("first_name"));
        String last = text(person.path("last_name"));
        if (first == null && last == null) {
            return null;
        }
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }

    /** The object's {@code updated_at} (milliseconds), or the event's time when it has none. */
    private static Instant changedAt(JsonNode object, JsonNode event) {
        JsonNode updatedAt = object.path("updated_at");
        if (updatedAt.isIntegralNumber()) {
            return Instant.ofEpochMilli(updatedAt.longValue());
        }
        return eventTime(event);
    }

    /** The envelope's {@code timestamp}: documented in milliseconds, some examples show seconds. */
    private static Instant eventTime(JsonNode event) {
        JsonNode timestamp = event.path("timestamp");
        if (!timestamp.isIntegralNumber()) {
            return null;
        }
        long value = timestamp.longValue();
        return value < 100_000_000_000L ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
    }

    private static String required(JsonNode object, String field) {
        String value = text(object.path(field));
        if (value == null || value.length() > 100) {
            throw new UnusableEventException("no usable " + field);
        }
        return value;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() && !node.stringValue().isBlank() ? node.stringValue().strip() : null;
    }

    private static String label(Role role) {
        return role == null ? "none" : role.label().toLowerCase(Locale.ROOT);
    }

    /** A verified event that lacks what its type must carry. */
    static final class UnusableEventException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnusableEventException(String message) {
            super(message);
        }
    }
}
