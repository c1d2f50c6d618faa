/**
 * Applications: candidates in a job's pipeline, their stage and position within the column (capability C5). The
 * live Kanban board builds on this.
 */
package dev.wecruit.pipeline;
