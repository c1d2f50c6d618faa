package dev.wecruit.clerk.internal;

import com.clerk.backend_api.Clerk;
import com.clerk.backend_api.models.components.ClerkError;
import com.clerk.backend_api.models.errors.ClerkErrors;
import com.clerk.backend_api.models.errors.SDKError;
import com.clerk.backend_api.models.operations.CreateOrganizationInvitationRequestBody;
import com.clerk.backend_api.models.operations.UpdateOrganizationMembershipRequestBody;
import com.clerk.backend_api.utils.HTTPClient;
import com.clerk.backend_api.utils.RetryConfig;
import dev.wecruit.clerk.ClerkRequestFailedException;
import dev.wecruit.clerk.ClerkRequestFailedException.Reason;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What only Clerk's Backend API can do, through Clerk's SDK: invite to an organization, change a member's role,
 * remove a member. Each call is made once (no retries: an admin is waiting, and a retried invitation could be sent
 * twice) with a timeout, and every failure becomes a {@link ClerkRequestFailedException} with a message for the
 * admin. Nothing here changes Wecruit's data: Clerk's webhooks do, once Clerk has made the change.
 */
public class ClerkBackendApi {

    private static final Logger log = LoggerFactory.getLogger(ClerkBackendApi.class);

    private final Clerk clerk;

    /** @throws IllegalStateException without a secret key: callers check {@link ClerkProperties#hasSecretKey()} */
    public ClerkBackendApi(ClerkProperties properties) {
        if (!properties.hasSecretKey()) {
            throw new IllegalStateException("Clerk's Backend API needs wecruit.auth.clerk.secret-key");
        }
        Duration timeout = properties.apiTimeout();
        HTTPClient withTimeout = new HTTPClient() {
            @Override
            public HttpResponse<java.io.InputStream> send(HttpRequest request)
                    throws IOException, InterruptedException, java.net.URISyntaxException {
                return HTTPClient.super.send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout)
                        .build());
            }
        };
        this.clerk = Clerk.builder()
                .serverURL(properties.apiBase() + "/v1")
                .bearerAuth(properties.secretKey().strip())
                .retryConfig(RetryConfig.builder().noRetries().build())
                .client(withTimeout)
                .build();
    }

    /** Clerk emails the person an invitation to the organization; they join when they accept it. */
    public void invite(String organizationId, String email, String clerkRole, String inviterUserId) {
        call("invite", () -> clerk.organizationInvitations().create(organizationId,
                java.util.Optional.of(CreateOrganizationInvitationRequestBody.builder().emailAddress(email)
                        .role(clerkRole).inviterUserId(inviterUserId).build()),
                java.util.Optional.empty()));
    }

    public void changeRole(String organizationId, String userId, String clerkRole) {
        call("change the role", () -> clerk.organizationMemberships().update(organizationId, userId,
                new UpdateOrganizationMembershipRequestBody(clerkRole)));
    }

    public void remove(String organizationId, String userId) {
        call("remove", () -> clerk.organizationMemberships().delete(organizationId, userId));
    }

    private static void call(String what, Call call) {
        try {
            call.run();
        } catch (ClerkErrors e) {
            int status = e.code();
            String clerkSays = e.errors().orElse(List.of()).stream().findFirst()
                    .map(error -> firstNonBlank(error.longMessage(), error.message())).orElse(null);
            log.warn("Clerk refused to {} ({}): {}", what, status, e.errors().orElse(List.of()).stream()
                    .map(ClerkError::code).toList());
            if (status == 401 || status == 403) {
                throw notAuthorized(e);
            }
            throw new ClerkRequestFailedException(Reason.REFUSED, "Clerk did not accept this"
                    + (clerkSays == null ? "." : ": " + clerkSays) + " Nothing was changed.", e);
        } catch (SDKError e) {
            if (e.code() >= 200 && e.code() < 300) {
                // Clerk did it, and answered with something this SDK version cannot read (a field it now leaves
                // out): nothing here reads the answer, and the webhook brings the change
                log.warn("Clerk's answer to {} could not be read by its SDK; the change was made: {}", what,
                        e.getMessage());
                return;
            }
            log.warn("Clerk's Backend API answered {} to {}", e.code(), what);
            if (e.code() == 401 || e.code() == 403) {
                throw notAuthorized(e);
            }
            if (e.code() >= 400 && e.code() < 500) {
                throw new ClerkRequestFailedException(Reason.REFUSED, "Clerk did not accept this (" + e.code()
                        + "). Nothing was changed.", e);
            }
            throw unavailable(e);
        } catch (ClerkRequestFailedException e) {
            throw e;
        } catch (Exception e) {
            // timeouts, refused connections, answers that are not Clerk's
            log.warn("Could not {} through Clerk's Backend API", what, e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw unavailable(e);
        }
    }

    private static ClerkRequestFailedException notAuthorized(Exception e) {
        return new ClerkRequestFailedException(Reason.NOT_AUTHORIZED, "Clerk did not accept Wecruit's secret key."
                + " Ask whoever runs Wecruit to check wecruit.auth.clerk.secret-key. Nothing was changed.", e);
    }

    private static ClerkRequestFailedException unavailable(Exception e) {
        return new ClerkRequestFailedException(Reason.UNAVAILABLE, "Clerk did not answer. Nothing was changed; try"
                + " again in a minute.", e);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
    }

    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }
}
