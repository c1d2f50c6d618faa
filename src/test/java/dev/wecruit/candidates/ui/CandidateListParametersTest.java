package dev.wecruit.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.ConsentStatus;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.candidates.PipelineReach;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateListParametersTest {

    @Test
    void the_consent_filters_go_into_the_address_and_come_back_the_same() {
        var parameters = CandidateListParameters.from(QueryParameters.fromString(
                "basis=consent,none&consent=expiring&within=60&hold=yes"));

        assertThat(parameters.lawfulBases()).containsExactly(LawfulBasis.CONSENT);
        assertThat(parameters.withoutLawfulBasis()).isTrue();
        assertThat(parameters.consent()).isEqualTo(ConsentStatus.EXPIRING);
        assertThat(parameters.expiringWithinDays()).isEqualTo(60);
        assertThat(parameters.onLegalHold()).isTrue();
        assertThat(parameters.hasFilters()).isTrue();
        assertThat(CandidateListParameters.from(parameters.toQueryParameters())).isEqualTo(parameters);
        assertThat(parameters.toQueryParameters().getQueryString().split("&"))
                .containsExactlyInAnyOrder("basis=consent%2Cnone", "consent=expiring", "within=60", "hold=yes");

        CandidateQuery query = parameters.toQuery(ZoneOffset.UTC);
        assertThat(query.lawfulBases()).containsExactly(LawfulBasis.CONSENT);
        assertThat(query.withoutLawfulBasis()).isTrue();
        assertThat(query.onLegalHold()).isTrue();
        assertThat(query.expiringWithinDays()).isEqualTo(60);
    }

    @Test
    void a_malformed_consent_filter_is_ignored_so_a_shared_link_still_opens() {
        var parameters = CandidateListParameters.from(QueryParameters.fromString(
                "basis=gut-feeling&consent=sometimes&within=-4&hold=maybe"));

        assertThat(parameters.lawfulBases()).isEmpty();
        assertThat(parameters.consent()).isNull();
        assertThat(parameters.expiringWithinDays()).isEqualTo(CandidateQuery.DEFAULT_EXPIRING_WITHIN_DAYS);
        assertThat(parameters.onLegalHold()).isFalse();
        assertThat(parameters.hasFilters()).isFalse();
        assertThat(parameters.toQuery(ZoneOffset.UTC).onLegalHold()).isNull();
        assertThat(parameters.withoutFilters().lawfulBases()).isEqualTo(List.of());
    }

    @Test
    void a_stage_reached_in_a_period_and_the_jobs_in_view_go_into_the_address_and_come_back_the_same() {
        UUID job = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        var parameters = CandidateListParameters.from(QueryParameters.fromString(
                "stage=Interview&from=2026-01-01&to=2026-03-31&job=" + job + "&jobs-of=" + owner));

        assertThat(parameters.reached()).isEqualTo(new PipelineReach("Interview", false, job, owner, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(parameters.jobId()).as("the job narrows the list too").isEqualTo(job);
        assertThat(parameters.hasFilters()).isTrue();
        assertThat(CandidateListParameters.from(parameters.toQueryParameters())).isEqualTo(parameters);
        assertThat(parameters.toQuery(ZoneOffset.UTC).reached()).isEqualTo(parameters.reached());
        assertThat(parameters.withoutFilters().reached()).isNull();
        assertThat(parameters.withoutReach().toQueryParameters().getQueryString()).isEqualTo("job=" + job);
    }

    @Test
    void placed_in_a_period_is_a_reach_of_its_own_and_an_ambiguous_or_reversed_one_is_ignored() {
        var placed = CandidateListParameters.from(QueryParameters.fromString("placed=yes&from=2026-02-01"
                + "&to=2026-02-28"));
        assertThat(placed.reached()).isEqualTo(PipelineReach.placed(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28)));

        assertThat(CandidateListParameters.from(QueryParameters.fromString("stage=Offer&placed=yes")).reached())
                .isNull();
        assertThat(CandidateListParameters.from(QueryParameters.fromString(
                "stage=Offer&from=2026-03-01&to=2026-01-01")).reached())
                .isEqualTo(PipelineReach.stage("Offer", null, null));
    }

    @Test
    void a_source_of_hire_drill_down_goes_into_the_address_and_comes_back_the_same() {
        UUID client = UUID.randomUUID();
        var submitted = CandidateListParameters.from(QueryParameters.fromString(
                "submitted=yes&source=Job%20board%20%26%20fair&from=2026-01-01&to=2026-03-31&client=" + client));

        assertThat(submitted.reached()).isEqualTo(new PipelineReach(null, false, true, null, null, client,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "Job board & fair"));
        assertThat(CandidateListParameters.from(submitted.toQueryParameters())).isEqualTo(submitted);
        assertThat(submitted.toQuery(ZoneOffset.UTC).reached().source()).isEqualTo("Job board & fair");

        var placed = CandidateListParameters.from(QueryParameters.fromString("placed=yes&source=Unknown"));
        assertThat(placed.reached()).isEqualTo(PipelineReach.placed(null, null).ofSource("Unknown"));
        assertThat(CandidateListParameters.from(placed.toQueryParameters())).isEqualTo(placed);
        assertThat(placed.withoutReach().toQueryParameters().getQueryString()).isEmpty();
    }

    @Test
    void a_source_alone_or_submitted_with_another_reach_is_ignored() {
        assertThat(CandidateListParameters.from(QueryParameters.fromString("source=LinkedIn")).reached()).isNull();
        assertThat(CandidateListParameters.from(QueryParameters.fromString("submitted=yes&placed=yes&source=X"))
                .reached()).isNull();
        assertThat(CandidateListParameters.from(QueryParameters.fromString("submitted=maybe&source=X")).reached())
                .isNull();
        assertThat(CandidateListParameters.from(QueryParameters.fromString("submitted=yes&source=%20")).reached())
                .isEqualTo(PipelineReach.submitted(null, null));
    }
}
