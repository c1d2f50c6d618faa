/**
 * The UI kit every feature's views use: record pages made of parts, record forms, list helpers, how values read
 * ({@link dev.wecruit.shell.Display}, {@link dev.wecruit.shell.ViewerTime}), form errors and access checks. It knows
 * no feature and nothing of sign-in, so depending on it brings in nothing else; the frame around the views is
 * {@code frame}.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {"platform :: spreadsheets", "shared"})
package dev.wecruit.shell;

import org.springframework.modulith.ApplicationModule;
