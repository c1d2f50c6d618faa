package dev.wecruit.matching;

/** A recruiter's thumbs up or down on a match. */
public enum Verdict {
    UP,
    DOWN
}
