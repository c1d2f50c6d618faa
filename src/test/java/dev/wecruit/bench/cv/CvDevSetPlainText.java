package dev.wecruit.bench.cv;

import dev.wecruit.bench.cv.CvDevSetCv.Education;
import dev.wecruit.bench.cv.CvDevSetCv.Role;
import dev.wecruit.bench.cv.CvDevSetCv.SkillGroup;
import dev.wecruit.bench.cv.CvDevSetCv.Spoken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Renders a CV as plain text the way people paste it into job boards or type it in Notepad: underlined capital
 * headings, dashes for bullets, sometimes hard-wrapped at 78 columns, sometimes with Windows line endings.
 */
final class CvDevSetPlainText {

    private final CvDevSetCv cv;
    private final Random random;
    private final List<String> lines = new ArrayList<>();
    private final int headingStyle;
    private final String bullet;
    private final int wrapAt;

    private CvDevSetPlainText(CvDevSetCv cv) {
        this.cv = cv;
        this.random = new Random(cv.seed() ^ 0x7E57L);
        this.headingStyle = random.nextInt(4);
        this.bullet = List.of("- ", "* ", "\u2022 ", "o ").get(random.nextInt(4));
        this.wrapAt = random.nextBoolean() ? 78 : Integer.MAX_VALUE;
    }

    static void write(CvDevSetCv cv, Path file) throws IOException {
        CvDevSetPlainText text = new CvDevSetPlainText(cv);
        text.render();
        String newline = text.random.nextBoolean() ? "\r\n" : "\n";
        Files.writeString(file, String.join(newline, text.lines) + newline, StandardCharsets.UTF_8);
    }

    private void render() {
        lines.add(cv.name().printed());
        if (cv.headline() != null) {
            lines.add(cv.headline());
        }
        List<String> contacts = new ArrayList<>();
        if (cv.location() != null) {
            contacts.add(cv.location());
        }
        cv.phones().forEach(phone -> contacts.add(phone.printed()));
        contacts.addAll(cv.emails());
        if (cv.linkedin() != null) {
            contacts.add(cv.linkedin().printed());
        }
        cv.links().forEach(link -> contacts.add(link.printed()));
        if (random.nextBoolean()) {
            lines.add(String.join(" | ", contacts));
        } else {
            lines.addAll(contacts);
        }
        if (cv.summary() != null) {
            heading(cv.words().profile());
            paragraph(cv.summary(), "");
        }
        heading(cv.words().experience());
        boolean datesFirst = random.nextBoolean();
        for (Role role : cv.roles()) {
            List<String> heading = cv.roleHeading(role);
            if (datesFirst) {
                lines.add(role.printedDates());
                lines.addAll(heading);
            } else if (heading.size() == 1 && random.nextBoolean()) {
                lines.add(heading.get(0) + " (" + role.printedDates() + ")");
            } else {
                lines.addAll(heading);
                lines.add(role.printedDates());
            }
            for (String text : role.bullets()) {
                paragraph(bullet + text, " ".repeat(bullet.length()));
            }
            lines.add("");
        }
        heading(cv.words().education());
        for (Education education : cv.education()) {
            lines.add(education.qualification() + " - " + education.institution() + ", " + education.printedDates());
            if (education.note() != null) {
                lines.add(education.note());
            }
        }
        if (cv.hasSkillsSection()) {
            heading(cv.words().skills());
            for (SkillGroup group : cv.skillGroups()) {
                String list = String.join(random.nextBoolean() ? ", " : " / ", group.skills());
                paragraph(group.label() == null ? list : group.label() + ": " + list, "");
            }
        }
        if (!cv.languages().isEmpty()) {
            heading(cv.words().languages());
            paragraph(String.join(", ", cv.languages().stream().map(Spoken::printed).toList()), "");
        }
        if (cv.interests() != null) {
            heading(cv.words().interests());
            paragraph(cv.interests(), "");
        }
        if (cv.closingLine() != null) {
            lines.add("");
            lines.add(cv.closingLine());
        }
    }

    private void heading(String text) {
        lines.add("");
        switch (headingStyle) {
            case 0 -> {
                String upper = text.toUpperCase(Locale.ROOT);
                lines.add(upper);
                lines.add("=".repeat(upper.length()));
            }
            case 1 -> lines.add("== " + text + " ==");
            case 2 -> {
                lines.add(text.toUpperCase(Locale.ROOT));
                lines.add("-".repeat(text.length()));
            }
            default -> lines.add(text + ":");
        }
    }

    /** Adds text hard-wrapped at the column limit, continuation lines indented by {@code indent}. */
    private void paragraph(String text, String indent) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > wrapAt) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (!line.isEmpty() && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
    }
}
