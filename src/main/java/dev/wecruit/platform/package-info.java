/**
 * Cross-cutting plumbing every feature stands on: the embedded database bootstrap ({@code db}) and tenant-aware
 * persistence ({@code persistence}). It knows no business feature. It is an open module: features use its
 * sub-packages directly.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package dev.wecruit.platform;

import org.springframework.modulith.ApplicationModule;
