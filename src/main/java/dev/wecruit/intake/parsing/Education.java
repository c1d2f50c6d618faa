package dev.wecruit.intake.parsing;

import dev.wecruit.platform.documents.TextLine;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Studies in the education sections: a line naming an institution (University, Hochschule, Université, ...) or a
 * qualification (BSc, MBA, Diploma, Abitur, ...) starts an entry unless the entry being read still lacks that part;
 * years come from a period or a single (graduation) year on the entry's lines.
 */
final class Education {

    private static final class Entry {
        String institution;
        String qualification;
        Integer fromYear;
        Integer toYear;
        boolean yearsSet;
        int start;
        int end;

        boolean empty() {
            return institution == null && qualification == null;
        }
    }

    private Education() {
    }

    static List<Proposal<Study>> find(Layout layout, YearMonth now) {
        List<Proposal<Study>> studies = new ArrayList<>();
        for (Section section : layout.sectionsOf(Section.Type.EDUCATION)) {
            List<Entry> entries = new ArrayList<>();
            Entry current = null;
            for (int i = section.firstLine(); i < section.end(); i++) {
                TextLine line = layout.lines.get(i);
                String text = section.inline() ? layout.document.text().substring(section.contentStart(), line.end())
                        : line.text();
                List<DateRanges.Period> periods = DateRanges.find(text, now.plusYears(6));
                String withoutDates = text;
                for (DateRanges.Period period : periods) {
                    withoutDates = withoutDates.substring(0, period.start()) + "\t"
                            + withoutDates.substring(period.end());
                }
                List<DateRanges.Point> years = periods.isEmpty() ? singleYears(withoutDates) : List.of();
                for (DateRanges.Point year : years) {
                    withoutDates = withoutDates.substring(0, year.start()) + "\t" + withoutDates.substring(year.end());
                }
                List<String> chunks = WorkHistory.chunks(withoutDates.replaceAll("[(\\[]\\s*[)\\]]", " "));
                String institution = null;
                String qualification = null;
                String previous = null;
                for (String chunk : chunks) {
                    boolean place = isPlace(chunk, previous);
                    if (!place && institution == null && isInstitution(chunk)) {
                        institution = chunk;
                    } else if (!place && qualification == null && isQualification(chunk)) {
                        qualification = chunk;
                    }
                    previous = chunk;
                }
                if (institution != null && qualification == null) {
                    // "HBO-V Verpleegkunde, Hogeschool Utrecht": the other part next to the school is what was studied
                    for (String chunk : chunks) {
                        if (!chunk.equals(institution) && !isPlace(chunk, null) && Layout.wordCount(chunk) <= 8
                                && Character.isUpperCase(chunk.codePointAt(0)) && !chunk.matches(".*\\d+\\s*%.*")) {
                            qualification = chunk;
                            break;
                        }
                    }
                }
                boolean bullet = Layout.isBullet(text);
                if (bullet && current != null && !current.empty() && institution == null) {
                    continue;
                }
                boolean newEntry = current == null
                        || (institution != null && current.institution != null)
                        || (qualification != null && current.qualification != null)
                        || (!periods.isEmpty() && current.yearsSet && (institution != null || qualification != null))
                        || (layout.blankBefore(i) && !current.empty() && (institution != null || qualification != null));
                if (newEntry && (institution != null || qualification != null || !periods.isEmpty() || !years.isEmpty())) {
                    current = new Entry();
                    current.start = line.start();
                    entries.add(current);
                }
                if (current == null) {
                    continue;
                }
                if (current.institution == null && institution != null) {
                    current.institution = institution;
                }
                if (current.qualification == null && qualification != null) {
                    current.qualification = qualification;
                }
                if (!current.yearsSet && !periods.isEmpty()) {
                    DateRanges.Period period = periods.get(0);
                    current.fromYear = period.from().getYear();
                    current.toYear = period.ongoing() ? null : period.to().getYear();
                    current.yearsSet = true;
                } else if (!current.yearsSet && !years.isEmpty()) {
                    current.toYear = years.get(years.size() - 1).year();
                    if (years.size() > 1) {
                        current.fromYear = years.get(0).year();
                    }
                    current.yearsSet = true;
                }
                current.end = line.end();
            }
            for (Entry entry : entries) {
                if (entry.empty()) {
                    continue;
                }
                double confidence = entry.institution != null && entry.qualification != null ? 0.8 : 0.6;
                if (entry.yearsSet) {
                    confidence += 0.05;
                }
                studies.add(Proposal.offline(new Study(entry.institution, entry.qualification, entry.fromYear,
                        entry.toYear), entry.start, Math.max(entry.start, entry.end), confidence));
            }
        }
        return studies;
    }

    private static List<DateRanges.Point> singleYears(String text) {
        List<DateRanges.Point> years = new ArrayList<>();
        for (DateRanges.Point point : DateRanges.points(text)) {
            if (!point.present() && point.year() >= 1950) {
                years.add(point);
            }
        }
        return years;
    }

    static boolean isInstitution(String chunk) {
        for (String word : chunk.split("[\\s,()'’-]+")) {
            String folded = Vocabulary.folded(word);
            if (Vocabulary.INSTITUTION_WORDS.contains(folded) || Vocabulary.INSTITUTION_NAMES.contains(word)) {
                return true;
            }
        }
        return Vocabulary.INSTITUTION_NAMES.contains(chunk.strip());
    }

    static boolean isQualification(String chunk) {
        for (String word : chunk.split("[\\s,]+")) {
            String folded = Vocabulary.folded(word).replaceAll("^[(\\[]+|[)\\]:;]+$", "");
            if (Vocabulary.QUALIFICATION_WORDS.contains(folded)
                    || Vocabulary.QUALIFICATION_WORDS.contains(folded.replace(".", ""))) {
                return true;
            }
        }
        return false;
    }

    /** "Leeds" or "UK" after the university is where it is; "MA" after "Cambridge" is Massachusetts, not a degree. */
    private static boolean isPlace(String chunk, String previous) {
        List<Places.Place> places = Places.get().find(chunk);
        if (places.size() != 1 || places.get(0).end() - places.get(0).start() < chunk.length() - 1) {
            return false;
        }
        if (places.get(0).kind() == Places.Kind.CITY || places.get(0).kind() == Places.Kind.COUNTRY
                && chunk.length() > 3) {
            return !isInstitution(chunk);
        }
        return previous != null && !Places.get().find(previous).isEmpty();
    }
}
