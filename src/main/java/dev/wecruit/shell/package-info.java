/**
 * The application frame: the main layout with the navigation (built from {@code @Menu}, so the shell imports no
 * feature), the firm and the member in the header, the light/dark toggle and sign-out.
 */
package dev.wecruit.shell;
