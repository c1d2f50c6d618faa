package dev.wecruit.duplicates;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestClock;
import dev.wecruit.TestFirms;
import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.activities.TimelineOf;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditEntry;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditQuery;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.DocumentSummary;
import dev.wecruit.candidates.TestDocuments;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.StageVisit;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CandidateMergeServiceIT {

    @Autowired CandidateMergeService merges;
    @Autowired DuplicateService duplicates;
    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired ActivityService activities;
    @Autowired ApplicationService applications;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired AuditLog audit;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired TestClock clock;
    @Autowired dev.wecruit.matching.MatchingService matching;
    @Autowired dev.wecruit.matching.internal.MatchIndexing matchIndex;

    TestFirms.CreatedFirm firm;
    CandidateDetails anna;
    CandidateDetails annaAgain;
    UUID onlyAnnas;
    UUID onlyTheOthers;
    UUID both;

    /** What a user sees of one candidate's related records, to compare before and after. */
    record Related(Object fields, Set<List<Object>> applications, Map<UUID, List<StageVisit>> histories,
            Set<UUID> activities, Set<UUID> documents) {
    }

    @BeforeEach
    void twoRecordsOfOnePersonWithHistoryEach() {
        firm = TestFirms.aFirm("Merge & Co").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .withMember(Role.VIEWER).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        UUID company = companies.create(TestCompanies.aCompany()).id();
        onlyAnnas = jobs.create(TestJobs.aJobAt(company)).id();
        onlyTheOthers = jobs.create(TestJobs.aJobAt(company)).id();
        both = jobs.create(TestJobs.aJobAt(company)).id();
        anna = candidates.create(aCandidate().named("Anna", "Berg").withEmail("anna.berg@example.com")
                .titled("Engineer", "Acme").draft());
        annaAgain = candidates.create(aCandidate().named("Anna", "Bergh").withEmail("anna.berg@example.com")
                .withPhone("+44 7700 900123").locatedIn("Oslo")
                .withLinkedin("https://www.linkedin.com/in/anna-bergh").withSkill("Rust").draft());
        applications.add(anna.id(), onlyAnnas);
        applications.add(annaAgain.id(), onlyTheOthers);
        applications.add(anna.id(), both);
        ApplicationSummary further = applications.add(annaAgain.id(), both);
        List<Stage> stages = jobs.get(both).stages();
        applications.move(further.id(), further.version(), stages.get(1).id(), 0, null);
        activities.log(new ActivityDraft(ActivityType.NOTE, "Anna's note", "First record", null, anna.id(), null,
                null, null));
        activities.log(new ActivityDraft(ActivityType.CALL, "Call with the other Anna", "Second record", null,
                annaAgain.id(), both, null, null));
        byte[] sameCv = TestDocuments.pdf("Anna Berg", "Engineer");
        documents.attach(anna.id(), "cv.pdf", sameCv);
        documents.attach(annaAgain.id(), "cv-2019.pdf", TestDocuments.pdf("Anna Bergh", "Rust developer"));
        documents.attach(annaAgain.id(), "cv.pdf", sameCv);
        anna = candidates.get(anna.id());
        annaAgain = candidates.get(annaAgain.id());
    }

    @AfterEach
    void signOutAndRelease() {
        clock.release();
        SignedIn.out();
    }

    @Test
    void merging_moves_every_related_record_to_the_survivor_and_unmerging_puts_each_back_as_it_was() {
        Related annaBefore = related(anna.id());
        Related otherBefore = related(annaAgain.id());
        CandidateDetails annaFields = candidates.get(anna.id());
        CandidateDetails otherFields = candidates.get(annaAgain.id());
        assertThat(duplicates.of(anna.id())).extracting(d -> d.candidate().id()).containsExactly(annaAgain.id());

        MergePreview preview = merges.preview(anna.id(), annaAgain.id());
        assertThat(row(preview, MergeField.LINKEDIN_URL).chosen()).isEqualTo(MergeSide.OTHER); // Anna has none
        assertThat(row(preview, MergeField.LOCATION).chosen()).isEqualTo(MergeSide.SURVIVOR);
        assertThat(row(preview, MergeField.LAST_NAME).chosen()).isEqualTo(MergeSide.SURVIVOR);
        assertThat(row(preview, MergeField.EMAILS).same()).isTrue();

        CandidateMerge merge = merges.merge(anna.id(), anna.version(), annaAgain.id(), annaAgain.version(),
                Map.of(MergeField.LAST_NAME, MergeSide.OTHER, MergeField.LOCATION, MergeSide.OTHER));

        CandidateDetails merged = candidates.get(anna.id());
        assertThat(merged.fullName()).isEqualTo("Anna Bergh");
        assertThat(merged.location()).isEqualTo("Oslo");
        assertThat(merged.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/anna-bergh");
        assertThat(merged.currentTitle()).isEqualTo("Engineer");
        assertThat(merged.phones()).containsExactly("+447700900123"); // Anna had none: the other's by default
        Related annaMerged = related(anna.id());
        Related otherMerged = related(annaAgain.id());
        // three jobs, once each; in the shared job the other's application, further along, is the one kept
        assertThat(annaMerged.applications()).extracting(a -> a.get(1)).containsExactlyInAnyOrder(onlyAnnas,
                onlyTheOthers, both);
        UUID keptInBoth = applications.applicationsOfCandidate(anna.id()).stream()
                .filter(a -> a.jobId().equals(both)).findFirst().orElseThrow().id();
        assertThat(otherMerged.applications()).isEmpty();
        assertThat(otherBefore.histories()).containsKey(keptInBoth);
        // its own two stays and the one of Anna's application it replaced
        assertThat(annaMerged.histories().get(keptInBoth)).hasSize(3);
        assertThat(annaMerged.activities()).containsAll(annaBefore.activities()).containsAll(otherBefore.activities());
        assertThat(otherMerged.activities()).isEmpty();
        // the same CV twice stays with the record merged away; the other CV moves
        assertThat(annaMerged.documents()).hasSize(2);
        assertThat(otherMerged.documents()).hasSize(1);
        assertThat(search("Bergh")).containsExactly(anna.id());
        assertThat(search("anna.berg@example.com")).containsExactly(anna.id());
        assertThat(duplicates.of(anna.id())).isEmpty();
        assertThat(duplicates.pairs(null).pairs()).isEmpty();
        assertThat(merges.mergesOf(anna.id())).extracting(CandidateMerge::id).containsExactly(merge.id());
        assertThat(merges.mergesOf(annaAgain.id())).extracting(CandidateMerge::id).containsExactly(merge.id());
        assertThatThrownBy(() -> candidates.update(annaAgain.id(), annaAgain.version(), annaAgain.toDraft()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("merged into another");
        assertThatThrownBy(() -> applications.add(annaAgain.id(), onlyAnnas))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("No such candidate");
        assertThatThrownBy(() -> documents.attach(annaAgain.id(), "new.pdf", TestDocuments.pdf("Anna", "New")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("No such candidate");

        merges.unmerge(merge.id());

        assertThat(related(anna.id())).isEqualTo(annaBefore);
        assertThat(related(annaAgain.id())).isEqualTo(otherBefore);
        assertThat(candidates.get(anna.id()).toDraft()).isEqualTo(annaFields.toDraft());
        // as they were; only the version moved on (retired, then back), so a form or an import's undo holding the
        // record from before the merge sees that it changed
        assertThat(candidates.get(annaAgain.id())).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(otherFields);
        assertThat(candidates.get(annaAgain.id()).version()).isEqualTo(otherFields.version() + 2);
        assertThat(candidates.get(anna.id()).lastActivityAt()).isEqualTo(annaFields.lastActivityAt());
        assertThat(search("Bergh")).containsExactly(annaAgain.id());
        assertThat(duplicates.of(anna.id())).extracting(d -> d.candidate().id()).containsExactly(annaAgain.id());
        assertThat(merges.mergesOf(anna.id())).isEmpty();
        assertThatThrownBy(() -> merges.unmerge(merge.id())).isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(signIn, firm.member(Role.ADMIN));
        List<AuditEntry> entries = audit.search(new AuditQuery(Set.of(AuditAction.CANDIDATES_MERGED,
                AuditAction.CANDIDATES_UNMERGED), "", null, null), PageRequest.of(0, 10)).getContent();
        assertThat(entries).extracting(AuditEntry::action).containsExactlyInAnyOrder(AuditAction.CANDIDATES_MERGED,
                AuditAction.CANDIDATES_UNMERGED);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.actor()).isNotBlank());
    }

    @Test
    void matching_forgets_the_record_merged_away_indexes_the_survivor_again_and_unmerging_brings_both_back() {
        matchIndex.indexStaleNow(100);
        assertThat(matched("Rust developer")).startsWith(annaAgain.id()).contains(anna.id());

        CandidateMerge merge = merges.merge(anna.id(), anna.version(), annaAgain.id(), annaAgain.version(),
                Map.of(MergeField.SKILLS, MergeSide.OTHER));
        matchIndex.indexStaleNow(100);

        assertThat(matched("Rust developer")).startsWith(anna.id()).doesNotContain(annaAgain.id());

        merges.unmerge(merge.id());
        matchIndex.indexStaleNow(100);

        assertThat(matched("Rust developer")).startsWith(annaAgain.id()).contains(anna.id());
    }

    @Test
    void a_firm_can_never_merge_another_firms_candidate() {
        TestFirms.CreatedFirm rival = TestFirms.aFirm("Rival Merge").withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, rival.member(Role.RECRUITER));
        CandidateDetails theirs = candidates.create(aCandidate().named("Anna", "Berg")
                .withEmail("anna.berg@example.com").draft());

        assertThatThrownBy(() -> merges.preview(theirs.id(), anna.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> merges.merge(theirs.id(), theirs.version(), anna.id(), anna.version(), Map.of()))
                .isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        assertThat(candidates.get(anna.id()).version()).isEqualTo(anna.version());
        assertThat(merges.mergesOf(anna.id())).isEmpty();
    }

    @Test
    void a_viewer_can_neither_see_a_merge_nor_make_one() {
        SignedIn.as(signIn, firm.member(Role.VIEWER));

        assertThatThrownBy(() -> merges.preview(anna.id(), annaAgain.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> merges.merge(anna.id(), anna.version(), annaAgain.id(), annaAgain.version(),
                Map.of())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        assertThat(search("Bergh")).containsExactly(annaAgain.id());
    }

    @Test
    void after_the_period_unmerge_is_refused_and_the_sweep_deletes_the_record_merged_away() {
        int allActivities = related(anna.id()).activities().size() + related(annaAgain.id()).activities().size();
        clock.fixAt(Instant.now());
        CandidateMerge merge = merges.merge(anna.id(), anna.version(), annaAgain.id(), annaAgain.version(), Map.of());
        clock.advance(merges.unmergePeriod().plus(Duration.ofMinutes(1)));

        assertThatThrownBy(() -> merges.unmerge(merge.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("can be undone for 30 days").hasMessageContaining("final now");
        assertThat(merges.sweepFinal(10)).isEqualTo(1);

        assertThat(candidates.find(annaAgain.id())).isEmpty();
        assertThat(merges.mergesOf(anna.id())).isEmpty();
        assertThat(related(anna.id()).activities()).hasSize(allActivities);
        assertThat(merges.sweepFinal(10)).isZero();
    }

    @Test
    void an_edit_of_the_survivor_since_the_merge_makes_unmerge_refuse_with_the_reason_and_change_nothing() {
        CandidateMerge merge = merges.merge(anna.id(), anna.version(), annaAgain.id(), annaAgain.version(), Map.of());
        CandidateDetails merged = candidates.get(anna.id());
        candidates.update(anna.id(), merged.version(), merged.toDraft().toBuilder().currentTitle("Lead").build());

        assertThatThrownBy(() -> merges.unmerge(merge.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Anna Berg's details were edited since the merge");

        assertThat(merges.mergesOf(anna.id())).hasSize(1);
        assertThat(search("Bergh")).isEmpty();
        assertThat(related(annaAgain.id()).applications()).isEmpty();
    }

    @Test
    void a_candidate_on_legal_hold_is_never_merged_away() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        CandidateDetails held = candidates.update(annaAgain.id(), annaAgain.version(), annaAgain.toDraft()
                .toBuilder().legalHold(true).legalHoldReason("Tribunal").build());
        SignedIn.as(signIn, firm.member(Role.RECRUITER));

        assertThatThrownBy(() -> merges.merge(anna.id(), anna.version(), held.id(), held.version(), Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("legal hold");
        assertThat(related(held.id()).applications()).hasSize(2);
    }

    private Related related(UUID candidateId) {
        CandidateDetails candidate = candidates.get(candidateId);
        List<ApplicationSummary> cards = applications.applicationsOfCandidate(candidateId);
        Map<UUID, List<StageVisit>> histories = new TreeMap<>();
        cards.forEach(card -> histories.put(card.id(), applications.stageHistory(card.id())));
        return new Related(candidate.toDraft(),
                cards.stream().map(card -> List.<Object>of(card.id(), card.jobId(), card.stageId(), card.position(),
                        card.version())).collect(Collectors.toSet()),
                histories,
                activities.timeline(TimelineOf.candidate(candidateId), Set.of(), 0, 50).getContent().stream()
                        .map(ActivityEntry::id).collect(Collectors.toSet()),
                documents.documentsOf(candidateId).stream().map(DocumentSummary::id).collect(Collectors.toSet()));
    }

    private List<UUID> matched(String words) {
        return matching.candidatesForWords(words, 10).stream().map(match -> match.candidate().id()).toList();
    }

    private List<UUID> search(String text) {
        return candidates.search(CandidateQuery.text(text), CandidateSort.Order.DEFAULT, 0, 20).stream()
                .map(CandidateSummary::id).toList();
    }

    private static MergePreview.Row row(MergePreview preview, MergeField field) {
        return preview.rows().stream().filter(r -> r.field() == field).findFirst().orElseThrow();
    }
}
