package dev.wecruit.jobs;

/** Where the work is done. */
public enum RemotePolicy {
    ON_SITE,
    HYBRID,
    REMOTE
}
