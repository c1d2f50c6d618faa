package dev.wecruit.clerk.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A request's Clerk session token and where it came from: the {@code __session} cookie Clerk.js keeps fresh, or
 * {@code Authorization: Bearer} (API clients). Only a browser's cookie earns an HTTP session.
 */
record SessionToken(String value, boolean fromCookie) {

    static final String COOKIE = "__session";
    private static final String BEARER = "Bearer ";

    static Optional<SessionToken> of(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String value = authorization.substring(BEARER.length()).strip();
            // API keys are bearer tokens too, of another kind: a session token is a JWT (three parts)
            if (value.chars().filter(c -> c == '.').count() == 2) {
                return Optional.of(new SessionToken(value, false));
            }
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                    return Optional.of(new SessionToken(cookie.getValue(), true));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        // a token is a credential: never in a log line
        return "SessionToken[fromCookie=" + fromCookie + "]";
    }
}
