package dev.wecruit.clerk.internal;

import com.svix.Webhook;
import com.svix.exceptions.EmptyWebhookSecretException;
import com.svix.exceptions.WebhookVerificationException;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.clerk.internal.ClerkWebhookEvents.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives Clerk's webhooks ({@code POST /api/webhooks/clerk}), which keep firms, members and accounts in step with
 * Clerk: names, roles, removals, closed organizations.
 *
 * <p>Nobody signs in here; the Svix signature over the raw body, the message id and a timestamp within five minutes
 * is the only proof a message is Clerk's. It is checked against the body exactly as received (read here as bytes,
 * decoded as UTF-8, never re-serialised) before anything is parsed. A message that fails gets 400 with an empty body,
 * changes nothing, and is recorded as a security event; the reason is for the operator only. A verified message is
 * applied once ({@link ClerkWebhookEvents}) and acknowledged with 200, also when it was applied before or is of a
 * type this app ignores: Svix then stops retrying it.
 */
@RestController
@ConditionalOnProperty(name = "wecruit.auth.mode", havingValue = "clerk")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ClerkWebhookController {

    static final String PATH = "/api/webhooks/clerk";

    /** Clerk's largest payloads (a user with metadata) are a few KB; a larger body is refused before verification. */
    static final int MAX_BODY_BYTES = 512 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ClerkWebhookController.class);
    private static final Set<String> SIGNATURE_HEADERS = Set.of("svix-id", "svix-timestamp", "svix-signature",
            "webhook-id", "webhook-timestamp", "webhook-signature");
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Webhook webhook;
    private final ClerkWebhookEvents events;
    private final AuditLog audit;

    /** @throws IllegalStateException when the signing secret is set but not one Svix could have made */
    ClerkWebhookController(ClerkProperties properties, ClerkWebhookEvents events, AuditLog audit) {
        this.events = events;
        this.audit = audit;
        this.webhook = webhook(properties.webhookSecret());
    }

    private static Webhook webhook(String secret) {
        if (secret == null || secret.isBlank()) {
            log.warn("wecruit.auth.clerk.webhook-secret is not set: Clerk's webhooks are refused, so renamed"
                    + " organizations, changed roles and removed members do not reach Wecruit");
            return null;
        }
        try {
            return new Webhook(secret.strip());
        } catch (EmptyWebhookSecretException | IllegalArgumentException e) {
            throw new IllegalStateException("wecruit.auth.clerk.webhook-secret is not a Svix signing secret (Clerk"
                    + " dashboard, Webhooks, the endpoint's \"Signing Secret\", whsec_...)", e);
        }
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(HttpServletRequest request) throws IOException {
        if (webhook == null) {
            return rejected("webhook-secret-not-configured");
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return rejected("body-too-large");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            return rejected("body-too-large");
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        Map<String, List<String>> headers = signatureHeaders(request);
        try {
            webhook.verify(body, headers);
        } catch (WebhookVerificationException e) {
            return rejected(reasonOf(e));
        } catch (RuntimeException e) {
            // verifying attacker-made input: whatever breaks in it is a rejection, never a server error
            return rejected("verification-failed");
        }
        String messageId = first(headers, "svix-id", "webhook-id");
        if (messageId == null || messageId.isBlank() || messageId.length() > 200) {
            return rejected("message-id-invalid");
        }

        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (JacksonException e) {
            log.warn("Clerk webhook message {} is signed but not JSON; acknowledged and ignored", messageId);
            return ResponseEntity.ok().build();
        }
        if (event == null || !event.isObject()) {
            log.warn("Clerk webhook message {} is signed but not an event; acknowledged and ignored", messageId);
            return ResponseEntity.ok().build();
        }
        try {
            Outcome outcome = events.apply(messageId, event);
            log.debug("Clerk webhook message {} ({}): {}", messageId, event.path("type"), outcome);
        } catch (ClerkWebhookEvents.UnusableEventException e) {
            // signed by Clerk, so retrying would not make it better
            log.warn("Clerk webhook message {} ({}) is missing what it must carry ({}); acknowledged and ignored",
                    messageId, event.path("type"), e.getMessage());
        }
        return ResponseEntity.ok().build();
    }

    private ResponseEntity<Void> rejected(String reason) {
        audit.recordSecurityEvent(AuditAction.WEBHOOK_REJECTED, reason);
        return ResponseEntity.badRequest().build();
    }

    /** Only Svix's headers, by their lowercase names (Svix matches them case-insensitively too). */
    private static Map<String, List<String>> signatureHeaders(HttpServletRequest request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(request.getHeaderNames())) {
            String key = name.toLowerCase(Locale.ROOT);
            if (SIGNATURE_HEADERS.contains(key)) {
                headers.put(key, Collections.list(request.getHeaders(name)));
            }
        }
        return headers;
    }

    private static String first(Map<String, List<String>> headers, String name, String fallback) {
        List<String> values = headers.getOrDefault(name, headers.get(fallback));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static String reasonOf(WebhookVerificationException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("missing required headers")) {
            return "headers-missing";
        }
        if (message.contains("invalid signature headers")) {
            return "headers-invalid";
        }
        if (message.contains("too old")) {
            return "timestamp-too-old";
        }
        if (message.contains("too new")) {
            return "timestamp-too-new";
        }
        if (message.contains("no matching signature")) {
            return "signature-mismatch";
        }
        return "verification-failed";
    }
}
