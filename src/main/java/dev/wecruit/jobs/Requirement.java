package dev.wecruit.jobs;

/**
 * One of a job's requirements, as the job lists it: a skill, a tool, a qualification or a few words of experience.
 *
 * @param mustHave false for a nice-to-have one
 */
public record Requirement(String text, boolean mustHave) {

    public static Requirement mustHave(String text) {
        return new Requirement(text, true);
    }

    public static Requirement niceToHave(String text) {
        return new Requirement(text, false);
    }
}
