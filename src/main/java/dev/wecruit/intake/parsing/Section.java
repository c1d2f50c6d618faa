package dev.wecruit.intake.parsing;

/**
 * A run of lines under one heading. {@code firstLine} is the first content line (after the heading), {@code end}
 * exclusive; for an inline heading ("Skills: Java, SQL") the heading line is also the content line and
 * {@code contentStart} points past the label in the document text.
 */
record Section(Type type, int headingLine, int firstLine, int end, int contentStart) {

    enum Type {
        /** Lines before the first heading, or after a column, text box or header ends: name and contacts live here. */
        TOP,
        PROFILE, CONTACT, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES, CERTIFICATIONS, PROJECTS, INTERESTS,
        REFERENCES, VOLUNTEERING, AWARDS, PUBLICATIONS, OTHER
    }

    boolean contains(int line) {
        return line >= firstLine && line < end;
    }

    boolean inline() {
        return headingLine == firstLine;
    }
}
