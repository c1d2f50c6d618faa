/** The database: the embedded PostgreSQL by default or an external one, its roles checked at start-up. */
@NamedInterface("db")
package dev.wecruit.platform.db;

import org.springframework.modulith.NamedInterface;
