package dev.wecruit.jobs;

/** What a list of jobs can be filtered and ordered by. */
public enum JobField {
    TITLE,
    STATUS,
    COMPANY,
    OWNER,
    LOCATION,
    OPENED_ON,
    CREATED_AT,
    UPDATED_AT
}
