package dev.wecruit.tenancy;

/** What a member may do in their firm. */
public enum Role {
    /** Members, settings and everything a recruiter does. */
    ADMIN,
    /** All recruiting work. */
    RECRUITER;

    /** The Spring Security authority of this role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
