package dev.wecruit.activities;

/** What kind of thing happened. Users log the first four; the others are written by the system. */
public enum ActivityType {
    NOTE,
    CALL,
    EMAIL,
    MEETING,
    STAGE_CHANGE,
    SYSTEM;

    public boolean isLoggedByUsers() {
        return this == NOTE || this == CALL || this == EMAIL || this == MEETING;
    }
}
