package dev.wecruit.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method only members with this role (or one that includes it) may call. Checked before the method runs,
 * and before its transaction starts; a member without the role gets an
 * {@link org.springframework.security.access.AccessDeniedException}. System work for a firm
 * ({@link CurrentTenant#callAs}) passes: it acts for the firm, not for a member.
 *
 * <p>Views hide what a role cannot do as well, but this is the check that counts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {

    Role value();
}
