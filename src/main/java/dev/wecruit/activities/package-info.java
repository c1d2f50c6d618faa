/**
 * The timeline: notes, calls, emails, meetings, stage changes and system events, each about any of a candidate, a
 * job, a company and a contact; it keeps candidates' last activity current (capability C6).
 */
package dev.wecruit.activities;
