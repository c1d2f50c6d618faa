package dev.wecruit.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.ConsentStatus;
import dev.wecruit.candidates.LawfulBasis;
import java.time.ZoneOffset;
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
}
