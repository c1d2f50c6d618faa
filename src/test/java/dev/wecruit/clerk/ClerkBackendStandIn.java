package dev.wecruit.clerk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clerk's Backend API on loopback, for the calls Wecruit makes with Clerk's SDK: create an organization invitation
 * ({@code POST /v1/organizations/{org}/invitations}), change a membership's role ({@code PATCH
 * /v1/organizations/{org}/memberships/{user}}) and delete a membership ({@code DELETE} on the same path). It
 * answers as Clerk does, keeps every request it received, and can be told to refuse the next one.
 */
public final class ClerkBackendStandIn implements AutoCloseable {

    private static final Pattern INVITATIONS = Pattern.compile("/v1/organizations/([^/]+)/invitations");
    private static final Pattern MEMBERSHIP = Pattern.compile("/v1/organizations/([^/]+)/memberships/([^/]+)");

    /** One request as Clerk would have received it. */
    public record Received(String method, String path, String authorization, String body) {
    }

    private record Refusal(int status, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicReference<Refusal> refuseNext = new AtomicReference<>();

    public ClerkBackendStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/v1/", this::answer);
        server.start();
    }

    /** What {@code wecruit.auth.clerk.api-url} is set to. */
    public URI url() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void forget() {
        received.clear();
    }

    /** The next request gets Clerk's error shape, {@code {"errors":[{message, long_message, code}]}}. */
    public void refuseNext(int status, String code, String longMessage) {
        refuseNext.set(new Refusal(status, """
                {"errors":[{"message":"%s","long_message":"%s","code":"%s"}],"clerk_trace_id":"test"}"""
                .formatted(code.replace('_', ' '), longMessage, code)));
    }

    /** The next request fails as a server does that is down behind a proxy: 503 with no JSON. */
    public void failNext() {
        refuseNext.set(new Refusal(503, "<html>Service Unavailable</html>"));
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        received.add(new Received(method, path, exchange.getRequestHeaders().getFirst("Authorization"), body));
        Refusal refusal = refuseNext.getAndSet(null);
        if (refusal != null) {
            send(exchange, refusal.status(), refusal.body(), refusal.body().startsWith("{"));
            return;
        }
        long now = System.currentTimeMillis();
        Matcher invitations = INVITATIONS.matcher(path);
        Matcher membership = MEMBERSHIP.matcher(path);
        if ("POST".equals(method) && invitations.matches()) {
            send(exchange, 200, """
                    {"object":"organization_invitation","id":"orginv_test","email_address":"%s","role":"%s",
                     "role_name":"Member","organization_id":"%s","status":"pending","public_metadata":{},
                     "private_metadata":{},"created_at":%d,"updated_at":%d}"""
                    .formatted(field(body, "email_address"), field(body, "role"), invitations.group(1), now, now),
                    true);
        } else if (("PATCH".equals(method) || "DELETE".equals(method)) && membership.matches()) {
            String role = "PATCH".equals(method) ? field(body, "role") : "org:member";
            send(exchange, 200, """
                    {"id":"orgmem_test","object":"organization_membership","role":"%s","role_name":"Member",
                     "permissions":[],"public_metadata":{},"private_metadata":{},
                     "organization":{"object":"organization","id":"%s","name":"Firm","slug":"firm",
                       "image_url":"https://img.clerk.com/test","has_image":false,"max_allowed_memberships":0,"admin_delete_enabled":true,
                       "public_metadata":{},"private_metadata":{},"created_at":%d,"updated_at":%d},
                     "public_user_data":{"user_id":"%s","first_name":"A","last_name":"B","identifier":"a@b.test",
                       "image_url":"https://img.clerk.com/test","has_image":false},
                     "created_at":%d,"updated_at":%d}"""
                    .formatted(role, membership.group(1), now, now, membership.group(2), now, now), true);
        } else {
            send(exchange, 404, """
                    {"errors":[{"message":"not found","long_message":"Not found","code":"resource_not_found"}]}""",
                    true);
        }
    }

    /** A string field of a flat JSON body: enough for the SDK's small requests. */
    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static void send(HttpExchange exchange, int status, String body, boolean json) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", json ? "application/json" : "text/html");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
