package dev.wecruit.privacy;

import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.Education;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.candidates.TestDocuments;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A candidate with a unique marker in every place their personal data can live, made through the services as a
 * recruiter would: each field of the record, a PDF CV (file name, bytes and so its extracted text) and a text file,
 * notes, calls, emails and a meeting, two jobs' pipelines (moved on in one, rejected with a reason in the other) and
 * so their stage history and stage-change activities. The subject-access export must contain every marker; the
 * erasure proof must find none of them afterwards.
 *
 * <p>A marker is a word of letters and digits ({@code mk1a2b3c4d5e6fxfirstname}) so that every tokenizer (search
 * terms, lexemes) keeps it whole; where validation forbids that (an email, a phone number), the normalised value
 * itself is the marker. To cover a new place: add a {@link Marks#mark} in {@link #create()} (or in {@link #draft}
 * for a new candidate field) and put the returned marker there.
 *
 * <p>Call it signed in as a recruiter of the firm.
 */
@Component
public class MarkedCandidate {

    /** What was made: the candidate and each place's marker, by place ("candidate.firstName", "activity.note"). */
    public record Marked(UUID candidateId, Map<String, String> markers, Map<String, byte[]> documents,
            List<UUID> jobIds) {

        /** Every marker, for a search that must find all of them (or none). */
        public List<String> all() {
            return List.copyOf(markers.values());
        }
    }

    /** Collects the markers of one candidate, each unique to its place. */
    public static final class Marks {

        private static final SecureRandom RANDOM = new SecureRandom();

        private final String base;
        private final Map<String, String> markers = new LinkedHashMap<>();

        Marks() {
            byte[] random = new byte[6];
            RANDOM.nextBytes(random);
            base = "mk" + HexFormat.of().formatHex(random);
        }

        /** A fresh marker for the place, remembered under its name. */
        public String mark(String place) {
            String marker = base + "x" + place.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
            return remember(place, marker);
        }

        /** Remembers a value that is itself the marker (an email address, a phone number in E.164). */
        public String remember(String place, String marker) {
            if (markers.putIfAbsent(place, marker) != null) {
                throw new IllegalArgumentException("Two markers for " + place);
            }
            return marker;
        }

        /** The part every marker of this candidate starts with. */
        public String base() {
            return base;
        }

        Map<String, String> markers() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(markers));
        }
    }

    private final CandidateService candidates;
    private final DocumentService documents;
    private final ActivityService activities;
    private final ApplicationService applications;
    private final JobService jobs;
    private final CompanyService companies;

    MarkedCandidate(CandidateService candidates, DocumentService documents, ActivityService activities,
            ApplicationService applications, JobService jobs, CompanyService companies) {
        this.candidates = candidates;
        this.documents = documents;
        this.activities = activities;
        this.applications = applications;
        this.jobs = jobs;
        this.companies = companies;
    }

    /** Makes the candidate and everything about them in the signed-in member's firm. */
    public Marked create() {
        Marks marks = new Marks();
        UUID candidate = candidates.create(draft(marks)).id();

        Map<String, byte[]> files = new LinkedHashMap<>();
        String cvName = marks.mark("document.fileName") + ".pdf";
        byte[] cv = TestDocuments.pdf("Curriculum vitae", marks.mark("document.cvText"),
                "Experience and references on request");
        documents.attach(candidate, cvName, cv);
        files.put(cvName, cv);
        String notesName = "notes-" + marks.mark("document2.fileName") + ".txt";
        byte[] notes = ("Interview notes\n" + marks.mark("document2.content") + "\n").getBytes(StandardCharsets.UTF_8);
        documents.attach(candidate, notesName, notes);
        files.put(notesName, notes);

        UUID company = companies.create(TestCompanies.aCompany()).id();
        JobDetails movedOn = jobs.create(TestJobs.aJobAt(company));
        JobDetails rejectedFrom = jobs.create(TestJobs.aJobAt(company));

        activities.log(new ActivityDraft(ActivityType.NOTE, null, marks.mark("activity.noteBody"), null, candidate,
                null, null, null));
        activities.log(new ActivityDraft(ActivityType.CALL, marks.mark("activity.callSubject"),
                marks.mark("activity.callBody"), null, candidate, movedOn.id(), null, null));
        activities.log(new ActivityDraft(ActivityType.EMAIL, marks.mark("activity.emailSubject"),
                marks.mark("activity.emailBody"), null, candidate, null, null, null));
        activities.log(new ActivityDraft(ActivityType.MEETING, marks.mark("activity.meetingSubject"),
                marks.mark("activity.meetingBody"), null, candidate, rejectedFrom.id(), null, null));

        ApplicationSummary first = applications.add(candidate, movedOn.id());
        Stage next = movedOn.stages().stream().filter(stage -> stage.kind() == StageKind.ACTIVE
                && !stage.id().equals(first.stageId())).findFirst().orElseThrow();
        applications.move(first.id(), first.version(), next.id(), 0, null);
        ApplicationSummary second = applications.add(candidate, rejectedFrom.id());
        Stage rejected = rejectedFrom.stages().stream().filter(stage -> stage.kind() == StageKind.REJECTED)
                .findFirst().orElseThrow();
        applications.move(second.id(), second.version(), rejected.id(), 0,
                "Not this time: " + marks.mark("application.rejectionReason"));

        return new Marked(candidate, marks.markers(), Collections.unmodifiableMap(files),
                List.of(movedOn.id(), rejectedFrom.id()));
    }

    /** Every field of the candidate's record, each with its own marker. */
    static CandidateDraft draft(Marks marks) {
        String digits = String.valueOf(100_000 + new SecureRandom().nextInt(900_000));
        return CandidateDraft.builder()
                .firstName(marks.mark("candidate.firstName"))
                .lastName(marks.mark("candidate.lastName"))
                .emails(List.of(marks.remember("candidate.email", marks.base() + "@example.com"),
                        marks.remember("candidate.email2", marks.base() + "@mail.example")))
                // a UK mobile number no other candidate has: its E.164 form is how it is stored and exported
                .phones(List.of(marks.remember("candidate.phone", "+447700" + digits)))
                .address("1 " + marks.mark("candidate.address") + " Street, Leeds")
                .linkedinUrl("https://www.linkedin.com/in/" + marks.mark("candidate.linkedinUrl"))
                .location(marks.mark("candidate.location"))
                .currentTitle(marks.mark("candidate.currentTitle"))
                .currentCompany(marks.mark("candidate.currentCompany"))
                .skills(List.of(marks.mark("candidate.skill")))
                .yearsOfExperience(7)
                .workHistory(List.of(new WorkExperience(marks.mark("workHistory.title"),
                        marks.mark("workHistory.company"), 2018, null, marks.mark("workHistory.summary"))))
                .education(List.of(new Education(marks.mark("education.institution"),
                        marks.mark("education.qualification"), 2016)))
                .source(marks.mark("candidate.source"))
                .tags(List.of(marks.mark("candidate.tag")))
                .lawfulBasis(LawfulBasis.CONSENT)
                .consentGivenOn(LocalDate.of(2026, 1, 15))
                .consentNote(marks.mark("candidate.consentNote"))
                .build();
    }
}
