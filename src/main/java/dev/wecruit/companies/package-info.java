/** Clients (companies) and their contacts (capability C4). */
@ApplicationModule(allowedDependencies = {
        "platform :: crypto", "platform :: graphql", "platform :: persistence", "platform :: spreadsheets",
        "platform :: validation", "shared",
        "shell", "tenancy", "tenancy :: api", "tenancy :: ui"})
package dev.wecruit.companies;

import org.springframework.modulith.ApplicationModule;
