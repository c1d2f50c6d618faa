package dev.wecruit.administration.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.wecruit.KaribuTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.AccessChannel;
import dev.wecruit.candidates.AccessLogEntry;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccessLogViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider authentication;
    @Autowired CandidateService candidates;

    TestFirms.CreatedFirm firm;
    UUID ada;
    UUID ben;

    @BeforeEach
    void aFirmWhoseRecruiterSawTwoCandidatesAndExportedOne() {
        firm = TestFirms.aFirm("Log Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .withMember(Role.VIEWER).create(accounts, organizations);
        SignedIn.as(authentication, firm.member(Role.RECRUITER));
        ada = candidates.create(aCandidate().named("Ada", "Lovelace").withEmail("ada@example.com").draft()).id();
        ben = candidates.create(aCandidate().named("Ben", "Okri").withEmail("ben@example.com").draft()).id();
        candidates.recordPageView(ada);
        candidates.recordPageView(ben);
        candidates.recordExport(List.of(ben));
        SignedIn.out();
    }

    @Test
    void an_admin_sees_who_saw_which_candidate_and_how() {
        signIn(firm.member(Role.ADMIN));
        UI.getCurrent().navigate("admin/access-log");

        assertThat(_get(Span.class, spec -> spec.withClasses("list-view-total")).getText()).isEqualTo("3 entries");
        assertThat(_fetch(grid(), 0, 10)).extracting(AccessLogEntry::candidateName, AccessLogEntry::channel)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ada Lovelace", AccessChannel.PAGE_VIEW),
                        org.assertj.core.groups.Tuple.tuple("Ben Okri", AccessChannel.PAGE_VIEW),
                        org.assertj.core.groups.Tuple.tuple("Ben Okri", AccessChannel.EXPORT));
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Access log");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filters_by_channel_candidate_and_who_narrow_the_grid() {
        signIn(firm.member(Role.ADMIN));
        UI.getCurrent().navigate("admin/access-log");

        ((MultiSelectComboBox<AccessChannel>) _get(MultiSelectComboBox.class, spec -> spec.withLabel("How")))
                .setValue(Set.of(AccessChannel.EXPORT));
        assertThat(_fetch(grid(), 0, 10)).singleElement().extracting(AccessLogEntry::candidateId).isEqualTo(ben);
        assertThat(_get(Span.class, spec -> spec.withClasses("list-view-total")).getText()).isEqualTo("1 found");

        ((MultiSelectComboBox<AccessChannel>) _get(MultiSelectComboBox.class, spec -> spec.withLabel("How")))
                .setValue(Set.of());
        CandidateSummary adaRow = candidates.searchByName("ada lov", 5).getFirst();
        ((ComboBox<CandidateSummary>) _get(ComboBox.class, spec -> spec.withLabel("Candidate"))).setValue(adaRow);
        assertThat(_fetch(grid(), 0, 10)).singleElement().extracting(AccessLogEntry::candidateId).isEqualTo(ada);

        var who = (ComboBox<AccessLogView.Accessor>) _get(ComboBox.class, spec -> spec.withLabel("Who"));
        who.setValue(who.getListDataView().getItems().filter(accessor -> accessor.label().startsWith("VIEWER"))
                .findFirst().orElseThrow());
        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).contains("Nobody has seen");
    }

    @Test
    void recruiters_and_viewers_cannot_open_the_access_log_nor_see_it_in_the_menu() {
        for (Role role : List.of(Role.RECRUITER, Role.VIEWER)) {
            signIn(firm.member(role));
            UI.getCurrent().navigate("candidates");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList()).as(role.name())
                    .doesNotContain("Access log");
            assertThatThrownBy(() -> UI.getCurrent().navigate("admin/access-log")).as(role.name())
                    .hasMessageContaining("Access is denied");
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccessLogEntry> grid() {
        return _get(Grid.class, spec -> spec.withClasses("access-log-grid"));
    }
}
