package dev.wecruit.matching.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.matching.MatchFilters;
import dev.wecruit.matching.MatchingFirm;
import dev.wecruit.matching.MatchingService;
import dev.wecruit.matching.Verdict;
import dev.wecruit.matching.internal.MatchIndexing;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Best matches" on a job's page and "Matching jobs" on a candidate's, as a recruiter and a viewer use them. */
class MatchingPartsTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired ApplicationService applications;
    @Autowired MatchingService matching;
    @Autowired MatchIndexing indexing;

    TestFirms.CreatedFirm firm;
    UUID amrita;
    UUID tom;
    UUID grace;
    JobDetails job;

    @BeforeEach
    void aPayrollJobAndThreeIndexedCandidates() {
        firm = TestFirms.aFirm("Parts Partners").withMember(Role.RECRUITER).withMember(Role.VIEWER)
                .create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
        amrita = candidates.create(MatchingFirm.candidate("Amrita", "Kaur", "Payroll Officer", "Northgate Foods",
                "Leeds", List.of("Sage 50 Payroll", "RTI"), new WorkExperience("Payroll Officer",
                        "Northgate Foods", 2019, null, "Monthly payroll for 900 staff."))).id();
        documents.attach(amrita, "cv.txt", MatchingFirm.PAYROLL_CV.getBytes(StandardCharsets.UTF_8));
        tom = candidates.create(MatchingFirm.candidate("Tom", "Baker", "Payroll Administrator", "Harrow Mills",
                "Bradford", List.of("Sage 50 Payroll"), new WorkExperience("Payroll Administrator", "Harrow Mills",
                        2020, null, "Weekly payroll and starters and leavers."))).id();
        grace = candidates.create(MatchingFirm.candidate("Grace", "Adeyemi", "Staff Nurse", "St James's Hospital",
                "Leeds", List.of("Triage"), new WorkExperience("Staff Nurse", "St James's Hospital", 2018, null,
                        "Acute medical ward."))).id();
        job = jobs.create(MatchingFirm.payrollJob(companies.create(TestCompanies.aCompany()).id()));
        indexing.indexStaleNow(100);
    }

    @Test
    void the_job_page_shows_the_best_match_first_with_its_requirements_and_the_quotes_behind_them() {
        UI.getCurrent().navigate("jobs/" + job.id());

        List<Div> rows = _find(Div.class, spec -> spec.withClasses("best-match"));
        assertThat(rows).isNotEmpty();
        String first = rows.getFirst().getElement().getTextRecursively();
        assertThat(first).contains("Amrita Kaur", "match", "3 of 4 requirements met", "✓ Based in Leeds", "✓ Sage 50 Payroll",
                "✓ RTI submissions", "✗ CIPP qualification", "Sage 50 Payroll: met",
                "CIPP qualification (nice to have): not found in the profile");
        assertThat(first).contains("Sage 50 Payroll: met“Sage 50 Payroll”", "RTI submissions: met“RTI”");
        assertThat(pageText()).contains("A suggestion to review, never a decision.");
    }

    @Test
    void a_recruiter_adds_two_matches_to_the_pipeline_and_they_leave_the_list() {
        UI.getCurrent().navigate("jobs/" + job.id());
        for (UUID picked : List.of(amrita, tom)) {
            String name = candidates.get(picked).fullName();
            Div row = _find(Div.class, spec -> spec.withClasses("best-match")).stream()
                    .filter(match -> match.getElement().getTextRecursively().contains(name)).findFirst().orElseThrow();
            _get(row, Checkbox.class, spec -> spec.withClasses("best-match-pick")).setValue(true);
        }
        _click(_get(Button.class, spec -> spec.withClasses("best-matches-add")));

        assertThat(applications.applicationsOf(job.id())).extracting(application -> application.candidateId())
                .containsExactlyInAnyOrder(amrita, tom);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("best-match-name"))).extracting(Anchor::getText)
                .doesNotContain("Amrita Kaur", "Tom Baker");
    }

    @Test
    void the_location_filter_narrows_the_list_and_a_thumbs_up_is_kept_for_the_member() {
        UI.getCurrent().navigate("jobs/" + job.id());
        _get(TextField.class, spec -> spec.withClasses("best-matches-location")).setValue("Bradford");

        assertThat(_find(Anchor.class, spec -> spec.withClasses("best-match-name"))).extracting(Anchor::getText)
                .containsExactly("Tom Baker");
        _click(_get(Button.class, spec -> spec.withClasses("best-match-up")));
        assertThat(matching.candidatesFor(job.id(), MatchFilters.none(), 10)).filteredOn(match ->
                match.candidate().id().equals(tom)).singleElement().extracting(match -> match.verdict())
                .isEqualTo(Verdict.UP);
    }

    @Test
    void a_viewer_sees_the_matches_but_neither_adds_nor_judges() {
        signIn(firm.member(Role.VIEWER));
        UI.getCurrent().navigate("jobs/" + job.id());

        assertThat(_find(Div.class, spec -> spec.withClasses("best-match"))).isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("best-matches-add"))).isEmpty();
        assertThat(_find(Checkbox.class, spec -> spec.withClasses("best-match-pick"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("best-match-up"))).isEmpty();
    }

    @Test
    void the_candidate_page_shows_the_open_jobs_that_fit_with_what_they_meet() {
        UI.getCurrent().navigate("candidates/" + amrita);

        String part = _get(Div.class, spec -> spec.withClasses("matching-jobs")).getElement().getTextRecursively();
        assertThat(part).contains("Matching jobs", "Payroll Specialist", "✓ Sage 50 Payroll", "✓ RTI submissions");
        UI.getCurrent().navigate("candidates/" + grace);
        assertThat(_get(Div.class, spec -> spec.withClasses("matching-jobs")).getElement().getTextRecursively())
                .contains("✗ Sage 50 Payroll");
    }

    @Test
    void asking_the_candidate_list_in_words_ranks_by_meaning_and_clearing_the_words_brings_the_list_back() {
        UI.getCurrent().navigate("candidates");
        TextField ask = _get(TextField.class, spec -> spec.withClasses("candidate-ask"));

        ask.setValue("payroll officer who runs Sage 50 Payroll");

        @SuppressWarnings("unchecked")
        Grid<CandidateSummary> grid = _get(Grid.class);
        assertThat(_fetch(grid, 0, _size(grid))).extracting(CandidateSummary::id).startsWith(amrita).contains(tom);
        assertThat(pageText()).contains("best matches for these words");
        ask.setValue("");
        assertThat(pageText()).contains("3 candidates").doesNotContain("for these words");
    }
}
