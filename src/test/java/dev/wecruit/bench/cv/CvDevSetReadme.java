package dev.wecruit.bench.cv;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes the set's README, its distribution tables computed from the CVs so that they cannot go stale. */
final class CvDevSetReadme {

    private CvDevSetReadme() {}

    static String render(List<CvDevSetCv> cvs, Map<String, Integer> pdfPages, long totalBytes) {
        StringBuilder out = new StringBuilder();
        out.append("""
                # CV development set

                %d synthetic CVs (PDF, DOCX, plain text) in 11 layouts, with hand-checkable labels in `labels.json`,
                for measuring a CV parser's field-level precision, recall and F1. It is a **development** set: tune
                against it, and keep a separate held-out set for the numbers you publish.

                Everything here is generated: do not edit these files by hand. This README, `labels.json` and every CV
                are written by `src/test/java/dev/wecruit/bench/cv/CvDevSetGenerator.java`.

                ## How it was made

                The people are synthetic: invented combinations of common given names and surnames from many cultures
                (British, Irish, American, Australian, German, French, Spanish, Portuguese, Brazilian, Dutch, Polish,
                Czech, Indian, Chinese, Vietnamese, Arabic, Nigerian, Turkish, Nordic), invented employers, invented
                street addresses, e-mail addresses on `example` domains (and `gmail.com` as a bare domain string),
                and phone numbers drawn from real national number ranges and kept only when libphonenumber says they
                are valid. Real institution names (universities, colleges) appear only as plausible places of study.
                Job titles, bullets, summaries and skills come from a catalogue written for this set
                (`CvDevSetProfessions`); no text was copied from real CVs or from CV templates.

                The generator draws every choice from a fixed seed, renders each CV with PDFBox (PDF) or Apache POI
                (DOCX), and derives the label from the very record it rendered, so a label cannot disagree with its
                CV. Before writing the labels it extracts each file's text (PDFBox's `PDFTextStripper`; for DOCX the
                `w:t` text of body, headers, footers and text boxes) and fails if a labelled name, e-mail, location,
                title, employer, date range, institution, qualification, skill or language is not in it after
                normalising case and white space, or if a phone's national digits are missing.

                PDFs whose text fits WinAnsi use the standard 14 fonts (Helvetica, Times); the others embed subsets of
                DejaVu Sans, Sans Condensed or Serif, so that `Łukasz`, `Dvořák` or `Nguyễn` have a real text layer
                and no font is needed to read them.

                Regenerate (deterministic: a diff means the generator changed) from the repository root:

                ```
                ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \\
                    -Dexec.mainClass=dev.wecruit.bench.cv.CvDevSetGenerator -Dexec.args=src/test/resources/cv-devset
                ```

                or with the JDK alone, `$CP` being the test classpath:

                ```
                javac --release 21 -cp "$CP" -d /tmp/cv-devset-classes src/test/java/dev/wecruit/bench/cv/CvDevSet*.java
                java -cp "/tmp/cv-devset-classes:$CP" dev.wecruit.bench.cv.CvDevSetGenerator src/test/resources/cv-devset
                ```

                """.formatted(cvs.size()));

        out.append("## Layouts\n\n| layout | format | what it imitates | CVs |\n| --- | --- | --- | --- |\n");
        Map<CvDevSetLayout, Long> layouts = cvs.stream()
                .collect(Collectors.groupingBy(CvDevSetCv::layout, TreeMap::new, Collectors.counting()));
        layouts.forEach((layout, count) -> out.append("| `%s` | %s | %s | %d |\n".formatted(layout.id,
                layout.format, layout.description, count)));
        out.append("\nText boxes: the `docx-text-box` CVs hold the name and contacts in a `w:txbxContent`, some as a "
                + "VML `v:textbox`, some as a DrawingML `wps:txbx` inside `mc:AlternateContent` with the VML "
                + "fallback Word also writes (so that text is in the file twice, as in real Word files).\n\n");

        table(out, "Formats", "format", cvs, cv -> cv.layout().format);
        table(out, "Languages of the CV", "language", cvs, CvDevSetCv::language);
        table(out, "Professions", "profession", cvs, CvDevSetCv::profession);
        table(out, "Countries (of the phone and location)", "country", cvs, CvDevSetCv::country);
        Map<String, Long> pages = pdfPages.values().stream()
                .collect(Collectors.groupingBy(n -> n + (n == 1 ? " page" : " pages"), TreeMap::new,
                        Collectors.counting()));
        out.append("### PDF page counts\n\n| pages | PDFs |\n| --- | --- |\n");
        pages.forEach((key, count) -> out.append("| %s | %d |\n".formatted(key, count)));
        out.append("\nTotal size of the CVs and labels: %.2f MB.\n\n".formatted(totalBytes / 1_000_000.0));

        out.append("""
                ## What varies

                - Names: middle names and initials, compound given names (María José), double surnames (García
                  López), particles (van der Berg, Ó Briain), apostrophes and hyphens (O'Sullivan-Byrne), names in
                  capitals, family name first (ZHANG Wei, Nguyễn Thị Thu Hương).
                - Contacts: one or two e-mails, one or two phones in national, international, `+44 (0)` and `0049`
                  styles, dots and dashes; LinkedIn as `linkedin.com/in/x`, `https://www.linkedin.com/in/x/`,
                  `LinkedIn: /in/x`; GitHub, Behance and portfolio links; location as "City, Country", "City, UK",
                  "City, TX" or a full street address, sometimes none.
                - Dates: "Jan 2019 – Present", "January 2019 - Current", "03/2019 - 06/2021", "2019-03 to now",
                  "Mar. 2018 – now", "2019 – 2021", "seit 03/2021", "Depuis mars 2021", "marzo de 2019 – actualidad",
                  with the CV's own month names.
                - Roles: "Title, Employer", "Title at Employer", "Employer | Title", title and employer on separate
                  lines either way round, "Title — Employer, City"; one to five roles (a few with a side role that
                  overlaps the main job); dates right-aligned, on their own line, or in a table column.
                - Skills: comma lists, pipes, bullets, grouped lines ("Cloud & DevOps: AWS, k8s"), a sidebar list or
                  bars, chips, a table grid; aliases as people write them (k8s, JS, Postgres, MS Excel); in a few CVs
                  skills appear only inside the bullets.
                - Noise a parser must ignore: headlines, summaries, grades, interests, "References available on
                  request", German place-and-date signatures, page numbers, PDF link annotations, DOCX author
                  metadata.

                ## Label rules

                `labels.json` is an array with one object per file, in file order. Values are what a careful recruiter
                would type into the CRM from that CV; only what is printed on the CV is labelled.

                | field | rule |
                | --- | --- |
                | `file`, `format`, `layout`, `language`, `profession`, `country` | describe the file; `country` is ISO 3166 of the person's phone and location |
                | `firstName`, `lastName` | the given name the person goes by and the surname, in normal case even when printed in capitals or family name first; compound given names are kept whole (`María José`), middle names and initials belong to neither |
                | `emails` | as printed, in order |
                | `phones` | E.164 (`+447700900123`), in printed order |
                | `location` | exactly as printed (`Leeds, UK`, `Austin, TX`, or the full address line); `null` if the CV has none |
                | `linkedinUrl` | normalised to `https://www.linkedin.com/in/<handle>`, whatever form is printed; `null` if none |
                | `links` | other profile or portfolio links, normalised to `https://` and no trailing slash |
                | `currentTitle`, `currentEmployer` | the newest role's title and employer as written, whether or not it has ended |
                | `workHistory` | newest first as printed: `title`, `employer`, `from`, `to` as `YYYY-MM`, or `YYYY` when the CV prints only years; `to: null` means present |
                | `education` | `institution`, `qualification` as written; `fromYear`, `toYear` as printed, `null` when not printed (many CVs print only the end year) |
                | `skills` | every skill the CV names, written as the CV writes it: the skills section in its order, then skills named only in bullets or the summary. The benchmark canonicalises both sides through the taxonomy's aliases |
                | `yearsOfExperience` | as stated on the CV if it states it (every CV with year-only dates does); otherwise the merged months of all dated roles, overlaps counted once, a role covering its first to its last month inclusive and a current role counting up to 2026-12-01, divided by 12 and floored |
                | `languages` | spoken languages listed on the CV, as English names (`German` for a printed `Deutsch`); empty if the CV lists none |

                ## Limitations

                - No legacy `.doc` files: Apache POI's HWPF cannot reliably write new Word 97 documents. Add real
                  `.doc` samples, or ones converted by a word processor, separately if the parser must support them.
                - No scanned or image-only PDFs: every PDF has a text layer by construction.
                - The renderers imitate Word, Google Docs, LaTeX and Canva exports but are not those tools; the
                  files are smaller and tidier than the real thing (no embedded photos, icons or hidden text).
                - DOCX page counts depend on the word processor, so only PDF page counts are listed.

                ## Licence

                The data is synthetic and Wecruit's own: it contains no third-party CV content and describes no real
                person. It may be used and redistributed with the Wecruit source code under the same terms.
                """);
        return out.toString();
    }

    private static void table(StringBuilder out, String title, String column, List<CvDevSetCv> cvs,
            Function<CvDevSetCv, String> key) {
        Map<String, Long> counts = cvs.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        out.append("### ").append(title).append("\n\n| ").append(column).append(" | CVs |\n| --- | --- |\n");
        counts.forEach((value, count) -> out.append("| %s | %d |\n".formatted(value, count)));
        out.append('\n');
    }
}
