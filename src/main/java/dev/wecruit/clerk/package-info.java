/**
 * Clerk sign-in ({@code wecruit.auth.mode=clerk}, decision 0015): every request signed in from its Clerk session
 * token ({@code token}: verification and the checks Clerk's SDK leaves out, decision 0021), firms, accounts and
 * memberships created on first sight and kept in step by Clerk's webhooks, Clerk.js on every page, the sign-in and
 * choose-firm views, and member administration through Clerk's Backend API
 * ({@link dev.wecruit.clerk.ClerkMemberAdministration}). It plugs into auth as a sign-in mode (auth's
 * {@code SignInMode} and its {@code spi}); auth knows nothing of Clerk.
 */
@ApplicationModule(allowedDependencies = {"audit", "auth", "auth :: spi", "shared", "tenancy"})
package dev.wecruit.clerk;

import org.springframework.modulith.ApplicationModule;
