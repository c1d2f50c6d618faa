/**
 * What a sign-in mode builds on: the accounts, the signed-in member and putting it in the request's (and, where the
 * mode keeps one, the session's) security context, the sign-in audit, and the views' security chain a mode
 * configures. Local sign-in lives in this module; Clerk sign-in in {@code dev.wecruit.clerk}, which uses only this
 * package of auth.
 */
@NamedInterface("spi")
package dev.wecruit.auth.spi;

import org.springframework.modulith.NamedInterface;
