package dev.wecruit.audit;

import dev.wecruit.audit.internal.AuditRows;
import dev.wecruit.platform.persistence.Ids;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit log. Entries are written in the caller's transaction when there is one, so a change
 * that rolls back leaves no entry claiming it happened; the database lets the app add entries and never change or
 * remove them.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("wecruit.audit");
    private static final int MAX_TEXT = 300;
    private static final int MAX_DETAIL = 2000;

    private final AuditRows rows;
    private final CurrentTenant currentTenant;
    private final Clock clock;

    AuditLog(AuditRows rows, CurrentTenant currentTenant, Clock clock) {
        this.rows = rows;
        this.currentTenant = currentTenant;
        this.clock = clock;
    }

    /**
     * Records what the signed-in member, or API key, just did in their firm; system work for a firm (seeding, a
     * provisioning job) is recorded as done by Wecruit.
     */
    @Transactional
    public void record(AuditAction action, String subject, String detail) {
        var member = currentTenant.actingAsSystem() ? java.util.Optional.<MemberPrincipal>empty()
                : currentTenant.currentMember();
        if (member.isPresent()) {
            insert(action, member.get().membership().memberId(), actorName(member.get()), subject, detail);
        } else {
            insert(action, null, "Wecruit", subject, detail);
        }
    }

    /**
     * Records what an actor that is not the signed-in member did in the current firm: an API key, Clerk, the
     * system. Call it inside {@link CurrentTenant#callAs} or a member's unit of work.
     */
    @Transactional
    public void recordAs(String actor, UUID actorMemberId, AuditAction action, String subject, String detail) {
        insert(action, actorMemberId, actor, subject, detail);
    }

    /**
     * Records something that happened before any firm was known, for the operator: a failed sign-in for an email
     * no account has, a rejected session token or webhook. It is logged as well.
     */
    @Transactional
    public void recordSecurityEvent(AuditAction action, String detail) {
        String address = sourceAddress();
        log.warn("{}: {} (from {})", action, detail, address);
        rows.insertSecurityEvent(Ids.next(), clock.instant(), action, clip(detail, MAX_DETAIL), address);
    }

    /** The firm's entries, newest first, with their total. */
    @Transactional(readOnly = true)
    @RequiresRole(Role.ADMIN)
    public Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
        return new PageImpl<>(entries(query, pageable), pageable, count(query));
    }

    /** How many of the firm's entries match. */
    @Transactional(readOnly = true)
    @RequiresRole(Role.ADMIN)
    public long count(AuditQuery query) {
        return rows.count(query);
    }

    /** One page of the firm's matching entries, newest first, without counting them all (the grid's fetch). */
    @Transactional(readOnly = true)
    @RequiresRole(Role.ADMIN)
    public List<AuditEntry> entries(AuditQuery query, Pageable pageable) {
        return rows.entries(query, pageable);
    }

    private void insert(AuditAction action, UUID actorMemberId, String actor, String subject, String detail) {
        UUID tenantId = currentTenant.currentTenantId()
                .orElseThrow(() -> new IllegalStateException("An audit entry needs a firm"));
        rows.insertEntry(tenantId, Ids.next(), clock.instant(), action, actorMemberId, clip(actor, 200),
                clip(subject, MAX_TEXT), clip(detail, MAX_DETAIL), sourceAddress());
    }

    /** A member as the log names them: their name, and their email when there is one. */
    public static String actorName(MemberPrincipal member) {
        return person(member.displayName(), member.email());
    }

    /**
     * A person as the log names them, as actor or subject: {@code Anna Meyer <anna@example.com>}, or the name alone
     * when no email is known (a Clerk user before their first webhook).
     */
    public static String person(String displayName, String email) {
        return email == null ? displayName : displayName + " <" + email + ">";
    }

    /** The client's address when the work came through a web request; none for background work. */
    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return clip(request.getRemoteAddr(), 100);
        }
        return null;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
