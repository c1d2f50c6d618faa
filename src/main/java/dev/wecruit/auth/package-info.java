/**
 * Sign-in: Spring Security for the Vaadin views, in one of two modes. Local: accounts with bcrypt passwords, sign-in
 * throttling, one-time passwords for invited members and the login view. Clerk: every request is signed in from its
 * Clerk session token, firms and members are created on first sight and kept in step by Clerk's webhooks (decision
 * 0015). Either way a signed-in request yields a {@link dev.wecruit.tenancy.MemberPrincipal}, whose active
 * membership is the tenant for everything the member does; the member is read again on every request (decision
 * 0012).
 */
@ApplicationModule(allowedDependencies = {"audit", "platform :: persistence", "shared", "tenancy"})
package dev.wecruit.auth;

import org.springframework.modulith.ApplicationModule;
