package dev.wecruit.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ActivityServiceIT extends FirmTest {

    @Autowired ActivityService activities;
    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;

    UUID candidate;
    UUID company;
    UUID contact;

    @BeforeEach
    void recordsToTalkAbout() {
        candidate = candidates.create(TestCandidates.aCandidate().draft()).id();
        company = companies.create(TestCompanies.aCompany()).id();
        contact = companies.createContact(TestCompanies.aContactAt(company)).id();
    }

    @Test
    void a_logged_call_is_on_the_candidates_timeline_by_its_author_and_moves_last_activity() {
        Instant when = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MICROS);

        ActivityEntry call = activities.log(new ActivityDraft(ActivityType.CALL, "Screening call",
                "<b>Keen</b>, notice period one month", when, candidate, null, null, null));

        assertThat(activities.timeline(TimelineOf.candidate(candidate), Set.of(), 0, 20))
                .extracting(ActivityEntry::id).containsExactly(call.id());
        assertThat(call.body()).as("kept as typed, to be shown as text").isEqualTo("<b>Keen</b>, notice period one month");
        assertThat(call.actorId()).isEqualTo(organizations.members().stream()
                .filter(m -> m.accountId().equals(firm.member(Role.RECRUITER).accountId())).findFirst().orElseThrow()
                .id());
        assertThat(candidates.get(candidate).lastActivityAt()).isEqualTo(when);

        activities.log(new ActivityDraft(ActivityType.NOTE, null, "Older note", when.minus(Duration.ofDays(3)),
                candidate, null, null, null));
        assertThat(candidates.get(candidate).lastActivityAt()).as("an older entry does not move it back")
                .isEqualTo(when);
    }

    @Test
    void the_timeline_is_newest_first_and_filters_by_type() {
        Instant now = Instant.now();
        activities.log(new ActivityDraft(ActivityType.NOTE, null, "first", now.minusSeconds(300), candidate, null,
                null, null));
        activities.log(new ActivityDraft(ActivityType.CALL, "second", null, now.minusSeconds(200), candidate, null,
                null, null));
        activities.log(new ActivityDraft(ActivityType.EMAIL, "third", null, now.minusSeconds(100), candidate, null,
                null, null));

        assertThat(activities.timeline(TimelineOf.candidate(candidate), Set.of(), 0, 20))
                .extracting(ActivityEntry::type)
                .containsExactly(ActivityType.EMAIL, ActivityType.CALL, ActivityType.NOTE);
        assertThat(activities.timeline(TimelineOf.candidate(candidate), Set.of(ActivityType.NOTE), 0, 20))
                .extracting(ActivityEntry::body).containsExactly("first");
    }

    @Test
    void a_meeting_with_a_contact_also_lands_on_the_companys_timeline() {
        ActivityEntry meeting = activities.log(new ActivityDraft(ActivityType.MEETING, "Intake meeting", null, null,
                null, null, null, contact));

        assertThat(meeting.companyId()).isEqualTo(company);
        UUID otherCompany = companies.create(TestCompanies.aCompany()).id();
        assertThatThrownBy(() -> activities.log(new ActivityDraft(ActivityType.CALL, "Wrong pair", null, null, null,
                null, otherCompany, contact)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("contactId", "This contact works at another company"));
        assertThat(activities.timeline(TimelineOf.company(company), Set.of(), 0, 20)).hasSize(1);
        assertThat(activities.timeline(TimelineOf.contact(contact), Set.of(), 0, 20)).hasSize(1);
    }

    @Test
    void an_activity_about_nothing_in_the_future_or_written_by_the_system_is_refused() {
        assertThatThrownBy(() -> activities.log(new ActivityDraft(ActivityType.NOTE, null, "floating", null, null,
                null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("candidateId", "Choose at least one candidate, job, company or contact"));
        assertThatThrownBy(() -> activities.log(new ActivityDraft(ActivityType.CALL, "later", null,
                Instant.now().plus(Duration.ofDays(1)), candidate, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("occurredAt", "Cannot be in the future"));
        assertThatThrownBy(() -> activities.log(new ActivityDraft(ActivityType.STAGE_CHANGE, "Moved", null, null,
                candidate, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> activities.log(new ActivityDraft(ActivityType.NOTE, null, " ", null, candidate,
                null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("body", "Write what happened"));
        assertThat(activities.timeline(TimelineOf.candidate(candidate), Set.of(), 0, 20)).isEmpty();
        assertThat(candidates.get(candidate).lastActivityAt()).isNull();
    }
}
