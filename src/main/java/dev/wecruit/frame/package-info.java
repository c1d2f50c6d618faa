/**
 * The application frame: the main layout with the navigation (built from {@code @Menu}, so the frame imports no
 * feature), the firm and the member in the header, the firm switcher, the light/dark toggle, sign-out and the
 * not-found page. It depends on auth for sign-in; no feature depends on it (features use the UI kit, {@code shell}).
 */
@ApplicationModule(allowedDependencies = {"auth", "shell", "tenancy"})
package dev.wecruit.frame;

import org.springframework.modulith.ApplicationModule;
