package dev.wecruit.api.internal;

import dev.wecruit.api.ApiKeyPrincipal;
import dev.wecruit.platform.graphql.ApiLimits;
import dev.wecruit.tenancy.MemberPrincipal;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's limits that apply before a request is read: the requests per credential, on every API path
 * ({@code wecruit.api.requests-per-minute}, 429 with {@code Retry-After}), and the size of a GraphQL request
 * ({@code wecruit.api.max-request-size}, 413; the CV endpoints have the documents' limit).
 * Both answer in GraphQL's error shape with a {@code classification}, so a client handles them like any other
 * error. The rate is counted on each node: with N nodes behind a balancer a credential gets at most N times it.
 */
class ApiRequestLimits extends OncePerRequestFilter {

    private static final String GRAPHQL = "/graphql";

    private final ApiLimits limits;
    private final RateLimiterRegistry rates;

    ApiRequestLimits(ApiLimits limits) {
        this.limits = limits;
        this.rates = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(limits.requestsPerMinute())
                .limitRefreshPeriod(limits.rateWindow())
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String credential = credential(SecurityContextHolder.getContext().getAuthentication());
        if (credential != null && !rates.rateLimiter(credential).acquirePermission()) {
            long retryAfter = Math.max(1, limits.rateWindow().toSeconds());
            response.setHeader("Retry-After", Long.toString(retryAfter));
            error(response, 429, "RATE_LIMITED", "Too many requests: at most " + limits.requestsPerMinute()
                    + " per " + describe(limits.rateWindow()) + " for one credential; try again in " + retryAfter
                    + " s", ",\"retryAfterSeconds\":" + retryAfter);
            return;
        }
        // the size limit is GraphQL's: the CV endpoints take files, up to the documents' own limit
        if (!"POST".equals(request.getMethod()) || !GRAPHQL.equals(request.getRequestURI().substring(
                request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        long max = limits.maxRequestSize().toBytes();
        if (request.getContentLengthLong() > max) {
            tooLarge(response, max);
            return;
        }
        // a body without a length (chunked) is read up to the limit, never further
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (body.length > max) {
            tooLarge(response, max);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static String credential(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof MemberPrincipal principal)) {
            return null;
        }
        if (principal instanceof ApiKeyPrincipal key) {
            return "key:" + key.keyId();
        }
        return "member:" + Objects.requireNonNullElse(principal.membership().memberId(), principal.email());
    }

    private static void tooLarge(HttpServletResponse response, long max) throws IOException {
        error(response, 413, "BAD_REQUEST", "The request is larger than the API takes: at most " + max + " bytes",
                "");
    }

    private static void error(HttpServletResponse response, int status, String classification, String message,
            String extensions) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        String body = "{\"errors\":[{\"message\":\"" + message.replace("\"", "\\\"") + "\",\"extensions\":"
                + "{\"classification\":\"" + classification + "\"" + extensions + "}}]}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(Duration window) {
        return window.equals(Duration.ofMinutes(1)) ? "minute" : window.toSeconds() + " s";
    }

    /** The request with the body already read, for the handlers after this filter. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // the body is in memory: all of it is available at once, and then all read
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException failure) {
                        listener.onError(failure);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
