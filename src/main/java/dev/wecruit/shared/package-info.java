/**
 * Small value types and errors every feature speaks: email addresses, phone numbers, field errors, not-found. No
 * beans and no persistence. An open module: every feature may use it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package dev.wecruit.shared;

import org.springframework.modulith.ApplicationModule;
