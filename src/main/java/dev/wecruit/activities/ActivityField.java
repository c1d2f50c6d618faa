package dev.wecruit.activities;

/** What a list of activities can be filtered and ordered by. */
public enum ActivityField {
    TYPE,
    OCCURRED_AT,
    CANDIDATE,
    JOB,
    COMPANY,
    CONTACT
}
