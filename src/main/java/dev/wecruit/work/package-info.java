/**
 * Background work (the background-job part of C1 and C14): durable tasks on PostgreSQL that any node may run, each
 * run claimed once, retried with back-off, revived when its node dies; and the record members see of the work they
 * started (status, progress, per-item errors), live in their views. Features start work with
 * {@link dev.wecruit.work.BackgroundWork#start} and do it in a {@link dev.wecruit.work.WorkHandler}; a handler
 * runs as the firm and the member who started the work, so row-level security applies exactly as in a request.
 *
 * <p>It sits above {@code tenancy}, not in {@code platform}: running work for a firm and a member, and deciding
 * who may see and retry it, needs both (decision 0016).
 */
@ApplicationModule(allowedDependencies = {
        "platform :: crypto", "platform :: events", "platform :: persistence", "shared", "shell", "tenancy"})
package dev.wecruit.work;

import org.springframework.modulith.ApplicationModule;
