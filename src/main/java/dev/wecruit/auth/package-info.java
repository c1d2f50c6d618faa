/**
 * Sign-in: Spring Security for the Vaadin views, local accounts (bcrypt) with sign-in throttling, and the login
 * view. A successful sign-in yields a {@link dev.wecruit.tenancy.MemberPrincipal}, whose active membership is the
 * tenant for everything the member does.
 */
package dev.wecruit.auth;
