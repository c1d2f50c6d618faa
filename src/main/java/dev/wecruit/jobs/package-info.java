/** Jobs (mandates) with their fee terms and the definitions of their pipeline stages (capability C4). */
@ApplicationModule(allowedDependencies = {
        "companies", "platform :: graphql", "platform :: persistence", "platform :: spreadsheets",
        "platform :: validation", "shared", "shell",
        "tenancy", "tenancy :: api", "tenancy :: ui"})
package dev.wecruit.jobs;

import org.springframework.modulith.ApplicationModule;
