package dev.wecruit.jobs;

/** The level a job is pitched at. */
public enum Seniority {
    INTERN,
    JUNIOR,
    MID,
    SENIOR,
    LEAD,
    EXECUTIVE
}
