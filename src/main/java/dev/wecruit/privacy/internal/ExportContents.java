package dev.wecruit.privacy.internal;

import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.DocumentSummary;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.StageVisit;
import dev.wecruit.privacy.PersonalDataExportSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the firm holds about one candidate, read through the features' services, from which the archive's
 * JSON and summary are written.
 *
 * @param memberNames the firm's members by id, to name who did what
 */
record ExportContents(Instant exportedAt, String firm, ZoneId zone, CandidateDetails candidate,
        List<Document> documents, List<ActivityEntry> activities, List<Application> applications,
        List<AccessRecord> accessLog, List<PersonalDataExportSummary> exports, Map<UUID, String> memberNames) {

    /**
     * A file of the candidate's.
     *
     * @param path where the file lies in the archive
     * @param text the text read from it (the CV text); empty when it had none
     */
    record Document(DocumentSummary summary, String path, String text, byte[] content) {
    }

    /**
     * The candidate in one job's pipeline.
     *
     * @param client the job's client company, if known
     * @param stage the stage the candidate is in now
     */
    record Application(ApplicationSummary application, String jobTitle, String client, String stage,
            List<StageVisit> stageHistory) {
    }

    /**
     * Someone who read the candidate's data.
     *
     * @param who a member's name or an API key
     * @param how what they did ("read contact details through the API")
     * @param at when, or the start of the hour or day the count covers
     * @param times how often in that period
     */
    record AccessRecord(String who, String how, Instant at, int times) {
    }

    String memberName(UUID memberId) {
        return memberId == null ? null : memberNames.getOrDefault(memberId, "A former member");
    }
}
