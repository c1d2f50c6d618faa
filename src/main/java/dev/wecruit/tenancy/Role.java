package dev.wecruit.tenancy;

import java.util.Arrays;
import java.util.List;

/**
 * What a member may do in their firm. Each role includes everything the roles below it may do; {@link #includes}
 * says so explicitly, so the order the constants are declared in means nothing.
 */
public enum Role {
    /** Members, settings and everything a recruiter does. */
    ADMIN,
    /** All recruiting work. */
    RECRUITER,
    /** Reads everything recruiters see and changes nothing: a client-facing assistant, an auditor. */
    VIEWER;

    /** Whether this role may do what {@code required} may. */
    public boolean includes(Role required) {
        return switch (this) {
            case ADMIN -> true;
            case RECRUITER -> required == RECRUITER || required == VIEWER;
            case VIEWER -> required == VIEWER;
        };
    }

    /** The Spring Security authority of this role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The authorities of this role and of every role it includes, for {@code @RolesAllowed} checks. */
    public List<String> authorities() {
        return Arrays.stream(values()).filter(this::includes).map(Role::authority).toList();
    }

    /** The role as people read it: "Admin", "Recruiter", "Viewer". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
