/**
 * View pieces about members that other features' forms use, such as {@link dev.wecruit.tenancy.ui.OwnerField}.
 * Exposed as the module's "ui" interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package dev.wecruit.tenancy.ui;
