package dev.wecruit.shell;

/** The kinds of record that have a page of their own, which other features can add parts to. */
public enum RecordKind {
    CANDIDATE,
    COMPANY,
    CONTACT,
    JOB
}
