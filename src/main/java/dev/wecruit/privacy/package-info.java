/**
 * Personal data protection (capability C10): re-encryption under a new key now; consent, retention, erasure,
 * subject-access export and the audit log as they are built.
 */
@ApplicationModule(allowedDependencies = {"platform :: crypto", "tenancy"})
package dev.wecruit.privacy;

import org.springframework.modulith.ApplicationModule;
