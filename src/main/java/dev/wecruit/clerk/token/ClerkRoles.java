package dev.wecruit.clerk.token;

import dev.wecruit.tenancy.Role;
import java.util.Locale;

/**
 * Clerk's organization roles as Wecruit roles. Session tokens name them without the {@code org:} prefix (v2) or
 * with it (v1), webhooks always with it; both read the same here. A role Wecruit does not know, such as a custom
 * one an instance added later, becomes {@link Role#VIEWER}: nobody gains a right by a typo or a new Clerk role.
 */
public final class ClerkRoles {

    private static final String PREFIX = "org:";

    private ClerkRoles() {
    }

    /**
     * The Clerk role a Wecruit role is asked of Clerk as: {@code org:admin}, {@code org:member} (Clerk's default,
     * read back as recruiter) and {@code org:viewer}, a custom role the instance must define for viewers.
     */
    public static String toClerk(Role role) {
        return switch (role) {
            case ADMIN -> PREFIX + "admin";
            case RECRUITER -> PREFIX + "member";
            case VIEWER -> PREFIX + "viewer";
        };
    }

    public static Role toRole(String clerkRole) {
        if (clerkRole == null) {
            return Role.VIEWER;
        }
        String key = clerkRole.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith(PREFIX)) {
            key = key.substring(PREFIX.length());
        }
        return switch (key) {
            case "admin" -> Role.ADMIN;
            // Clerk's default role for everyone who is not an admin, and the custom role an instance may add
            case "member", "recruiter" -> Role.RECRUITER;
            case "viewer" -> Role.VIEWER;
            default -> Role.VIEWER;
        };
    }
}
