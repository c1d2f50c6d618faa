package dev.wecruit.auth;

/** How people sign in: {@code wecruit.auth.mode}. Both modes lead to the same firms, members and roles. */
public enum AuthMode {
    /** Local accounts with email and password: embedded mode, and self-hosting without Clerk. */
    LOCAL,
    /** Clerk's sign-in; Clerk organizations are the firms. */
    CLERK
}
