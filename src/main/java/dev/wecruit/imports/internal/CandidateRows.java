package dev.wecruit.imports.internal;

import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.ImportField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a row of a file into the draft the candidate form would make, through a mapping; and a field's message from
 * the candidate checks back into the columns it came from, so a preview marks the cell.
 */
public final class CandidateRows {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}([.,]0+)?");

    private CandidateRows() {
    }

    /** A row's draft, and the messages of cells that could not even be read as their field (a year count "ten"). */
    public record Mapped(CandidateDraft draft, Map<Integer, String> cellErrors) {
    }

    public static Mapped map(List<String> row, ColumnMapping mapping, String source) {
        var builder = CandidateDraft.builder();
        var errors = new LinkedHashMap<Integer, String>();
        String first = null;
        String last = null;
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String rowSource = null;
        for (int column = 0; column < row.size(); column++) {
            String value = row.get(column) == null ? "" : row.get(column).strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (mapping.field(column)) {
                case SKIP -> { }
                case FULL_NAME -> {
                    String[] parts = splitName(value);
                    first = first == null ? parts[0] : first;
                    last = last == null ? parts[1] : last;
                }
                case FIRST_NAME -> first = value;
                case LAST_NAME -> last = value;
                case EMAIL -> emails.addAll(split(value, "[;,\\s]+"));
                case PHONE -> phones.addAll(split(value, "[;,/]+"));
                case LINKEDIN -> builder.linkedinUrl(value);
                case LOCATION -> builder.location(value);
                case ADDRESS -> builder.address(value);
                case TITLE -> builder.currentTitle(value);
                case COMPANY -> builder.currentCompany(value);
                case SKILLS -> skills.addAll(split(value, Pattern.quote(mapping.separator())));
                case TAGS -> tags.addAll(split(value, Pattern.quote(mapping.separator())));
                case YEARS_OF_EXPERIENCE -> {
                    if (WHOLE_NUMBER.matcher(value).matches()) {
                        builder.yearsOfExperience(Integer.parseInt(value.split("[.,]")[0]));
                    } else {
                        errors.put(column, "Enter a whole number of years");
                    }
                }
                case SOURCE -> rowSource = value;
            }
        }
        CandidateDraft draft = builder.firstName(first).lastName(last).emails(emails).phones(phones).skills(skills)
                .tags(tags).source(rowSource != null ? rowSource : source).build();
        return new Mapped(draft, errors);
    }

    /** "Amara Okafor" → Amara, Okafor; "Okafor, Amara" → Amara, Okafor; "Amara" → Amara and no last name. */
    static String[] splitName(String full) {
        int comma = full.indexOf(',');
        if (comma > 0) {
            return new String[] {full.substring(comma + 1).strip(), full.substring(0, comma).strip()};
        }
        int space = full.lastIndexOf(' ');
        return space < 0 ? new String[] {full, null}
                : new String[] {full.substring(0, space).strip(), full.substring(space + 1).strip()};
    }

    private static List<String> split(String value, String separator) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(separator)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** The columns a draft's field comes from: where its message shows. */
    public static List<Integer> columnsOf(String draftField, ColumnMapping mapping) {
        List<ImportField> fields = switch (draftField) {
            case "firstName" -> List.of(ImportField.FIRST_NAME, ImportField.FULL_NAME);
            case "lastName" -> List.of(ImportField.LAST_NAME, ImportField.FULL_NAME);
            case "emails" -> List.of(ImportField.EMAIL);
            case "phones" -> List.of(ImportField.PHONE);
            case "linkedinUrl" -> List.of(ImportField.LINKEDIN);
            case "location" -> List.of(ImportField.LOCATION);
            case "address" -> List.of(ImportField.ADDRESS);
            case "currentTitle" -> List.of(ImportField.TITLE);
            case "currentCompany" -> List.of(ImportField.COMPANY);
            case "skills" -> List.of(ImportField.SKILLS);
            case "tags" -> List.of(ImportField.TAGS);
            case "yearsOfExperience" -> List.of(ImportField.YEARS_OF_EXPERIENCE);
            case "source" -> List.of(ImportField.SOURCE);
            default -> List.of();
        };
        List<Integer> columns = new ArrayList<>();
        for (int column = 0; column < mapping.fields().size(); column++) {
            if (fields.contains(mapping.field(column))) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** How a draft's field is called in a message about a row. */
    public static String labelOf(String draftField) {
        return switch (draftField) {
            case "firstName" -> "First name";
            case "lastName" -> "Last name";
            case "emails" -> "Email";
            case "phones" -> "Phone";
            case "linkedinUrl" -> "LinkedIn";
            case "location" -> "Location";
            case "address" -> "Address";
            case "currentTitle" -> "Current title";
            case "currentCompany" -> "Current company";
            case "skills" -> "Skills";
            case "tags" -> "Tags";
            case "yearsOfExperience" -> "Years of experience";
            case "source" -> "Source";
            default -> draftField;
        };
    }
}
