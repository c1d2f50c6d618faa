/** The firm's dashboard and the metrics behind it (capability C11). */
@ApplicationModule(allowedDependencies = {"activities", "candidates", "companies", "jobs", "pipeline", "shell", "tenancy"})
package dev.wecruit.reporting;

import org.springframework.modulith.ApplicationModule;
