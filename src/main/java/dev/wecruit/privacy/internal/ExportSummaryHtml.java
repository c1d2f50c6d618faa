package dev.wecruit.privacy.internal;

import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.Education;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.pipeline.StageVisit;
import dev.wecruit.privacy.PersonalDataExportSummary;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * The export's summary for a person to read: one self-contained HTML page (no script, no external resource), every
 * value escaped. The candidate's own fields are listed from their record's components, so a field added there shows
 * here too.
 */
final class ExportSummaryHtml {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    /** Shown elsewhere on the page, or ids that mean nothing to the reader. */
    private static final Set<String> NOT_LISTED = Set.of("id", "ownerId", "version", "workHistory", "education");

    /** Names that read better than their split component name. */
    private static final Map<String, String> LABELS = Map.of("linkedinUrl", "LinkedIn profile");

    private final ExportContents contents;
    private final StringBuilder html = new StringBuilder(16_384);

    private ExportSummaryHtml(ExportContents contents) {
        this.contents = contents;
    }

    static String of(ExportContents contents) {
        return new ExportSummaryHtml(contents).page();
    }

    private String page() {
        CandidateDetails candidate = contents.candidate();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                        + "'unsafe-inline'\">")
                .append("<title>Personal data of ").append(e(candidate.fullName())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;line-height:1.4}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}")
                .append("th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}")
                .append("th{width:14rem}.text{white-space:pre-wrap}")
                .append("</style></head><body>\n");
        html.append("<h1>Personal data of ").append(e(candidate.fullName())).append("</h1>\n<p>What ")
                .append(e(contents.firm())).append(" holds about ").append(e(candidate.fullName())).append(", as of ")
                .append(e(when(contents.exportedAt()))).append(" (times in ").append(e(contents.zone().getId()))
                .append("). The same data, every field, is in <code>").append(ExportArchiveWriter.JSON)
                .append("</code>; the original files are in the <code>documents</code> folder.</p>\n");
        details(candidate);
        workHistory(candidate.workHistory());
        education(candidate.education());
        documents();
        applications();
        activities();
        access();
        html.append("</body></html>\n");
        return html.toString();
    }

    private void details(CandidateDetails candidate) {
        html.append("<h2>Personal details</h2>\n<table>");
        row("Owner", contents.memberName(candidate.ownerId()));
        for (RecordComponent component : CandidateDetails.class.getRecordComponents()) {
            if (!NOT_LISTED.contains(component.getName())) {
                row(LABELS.getOrDefault(component.getName(), label(component.getName())),
                        value(read(component, candidate)));
            }
        }
        html.append("</table>\n");
    }

    private void workHistory(List<WorkExperience> roles) {
        if (roles.isEmpty()) {
            return;
        }
        html.append("<h2>Work history</h2>\n<table><tr><th>Role</th><th>Company</th><th>Years</th>")
                .append("<th>Summary</th></tr>");
        for (WorkExperience role : roles) {
            cells(role.title(), role.company(), years(role.startYear(), role.endYear()), role.summary());
        }
        html.append("</table>\n");
    }

    private void education(List<Education> entries) {
        if (entries.isEmpty()) {
            return;
        }
        html.append("<h2>Education</h2>\n<table><tr><th>Institution</th><th>Qualification</th><th>Year</th></tr>");
        for (Education entry : entries) {
            cells(entry.institution(), entry.qualification(), value(entry.endYear()));
        }
        html.append("</table>\n");
    }

    private void documents() {
        html.append("<h2>Documents</h2>\n");
        if (contents.documents().isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table><tr><th>File</th><th>Uploaded</th><th>Text read from it</th></tr>");
        for (ExportContents.Document document : contents.documents()) {
            html.append("<tr><td><a href=\"").append(e(document.path())).append("\">")
                    .append(e(document.summary().fileName())).append("</a></td><td>")
                    .append(e(when(document.summary().uploadedAt()))).append("</td><td class=\"text\">")
                    .append(e(document.text())).append("</td></tr>");
        }
        html.append("</table>\n");
    }

    private void applications() {
        html.append("<h2>Jobs</h2>\n");
        if (contents.applications().isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        for (ExportContents.Application application : contents.applications()) {
            html.append("<h3>").append(e(application.jobTitle() == null ? "A job" : application.jobTitle()));
            if (application.client() != null) {
                html.append(" at ").append(e(application.client()));
            }
            html.append("</h3>\n<table>");
            row("Stage now", application.stage());
            row("Rejection reason", application.application().rejectionReason());
            html.append("</table><table><tr><th>Stage</th><th>Entered</th><th>Left</th></tr>");
            for (StageVisit visit : application.stageHistory()) {
                cells(visit.stageName(), when(visit.enteredAt()), when(visit.exitedAt()));
            }
            html.append("</table>\n");
        }
    }

    private void activities() {
        html.append("<h2>Activities</h2>\n");
        if (contents.activities().isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table><tr><th>When</th><th>What</th><th>By</th><th>Subject</th><th>Text</th></tr>");
        for (ActivityEntry activity : contents.activities()) {
            html.append("<tr><td>").append(e(when(activity.occurredAt()))).append("</td><td>")
                    .append(e(label(activity.type().name().toLowerCase(Locale.ROOT)))).append("</td><td>")
                    .append(e(contents.memberName(activity.actorId()))).append("</td><td>")
                    .append(e(activity.subject())).append("</td><td class=\"text\">").append(e(activity.body()))
                    .append("</td></tr>");
        }
        html.append("</table>\n");
    }

    private void access() {
        html.append("<h2>Who viewed or exported this data</h2>\n");
        if (contents.accessLog().isEmpty() && contents.exports().isEmpty()) {
            html.append("<p>Nobody yet.</p>\n");
            return;
        }
        html.append("<table><tr><th>When</th><th>Who</th><th>What</th><th>Times</th></tr>");
        for (ExportContents.AccessRecord record : contents.accessLog()) {
            cells(when(record.at()), record.who(), record.how(), String.valueOf(record.times()));
        }
        for (PersonalDataExportSummary export : contents.exports()) {
            cells(when(export.requestedAt()), contents.memberName(export.requestedBy()),
                    "Asked for an export of this data", "1");
        }
        html.append("</table>\n");
    }

    private void row(String label, String value) {
        html.append("<tr><th>").append(e(label)).append("</th><td class=\"text\">").append(e(value))
                .append("</td></tr>");
    }

    private void cells(String... values) {
        html.append("<tr>");
        for (String value : values) {
            html.append("<td class=\"text\">").append(e(value)).append("</td>");
        }
        html.append("</tr>");
    }

    private String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(contents.zone()));
    }

    private String value(Object value) {
        return switch (value) {
            case null -> "";
            case Instant instant -> when(instant);
            case Collection<?> values -> values.stream().map(this::value).collect(Collectors.joining(", "));
            case Enum<?> constant -> label(constant.name().toLowerCase(Locale.ROOT));
            case UUID id -> id.toString();
            default -> value.toString();
        };
    }

    private static String years(Integer from, Integer to) {
        if (from == null && to == null) {
            return "";
        }
        return (from == null ? "?" : from.toString()) + " to " + (to == null ? "now" : to.toString());
    }

    /** "consentGivenOn" or "legitimate_interest" as a reader says it: "Consent given on", "Legitimate interest". */
    static String label(String name) {
        String spaced = name.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
