package dev.wecruit.frame;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Founder;
import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member of two firms switches between them in the header; every open tab starts again in the new firm. */
class FirmSwitcherTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;
    @Autowired CurrentTenant currentTenant;

    TestFirms.CreatedMember member;
    UUID secondFirm;

    @BeforeEach
    void aRecruiterOfTwoFirmsEachWithACandidate() {
        var first = TestFirms.aFirm("Alpha Search").withMember(Role.RECRUITER).create(accounts, organizations);
        member = first.member(Role.RECRUITER);
        secondFirm = organizations.createOrganization("Beta Partners", "beta-" + first.id().toString().substring(24),
                List.of(new Founder(member.accountId(), Role.VIEWER)));
        currentTenant.runAs(first.id(), () -> candidates.create(TestCandidates.aCandidate().named("Alma", "Alpha")
                .draft()));
        currentTenant.runAs(secondFirm, () -> candidates.create(TestCandidates.aCandidate().named("Bert", "Beta")
                .draft()));
        signIn(member);
    }

    @Test
    void switching_firm_acts_for_the_other_firm_with_its_role_and_restarts_every_open_tab() {
        UI.getCurrent().navigate("candidates");
        assertThat(pageText()).contains("Alpha Search");
        UI first = UI.getCurrent();
        UI other = openAnotherTab("candidates");
        UI.setCurrent(first);

        @SuppressWarnings("unchecked")
        Select<Membership> switcher = _get(Select.class, spec -> spec.withClasses("shell-firm-switcher"));
        _setValue(switcher, switcher.getListDataView().getItems()
                .filter(firm -> firm.tenantId().equals(secondFirm)).findFirst().orElseThrow());

        assertThat(currentTenant.currentTenantId()).hasValue(secondFirm);
        assertThat(currentTenant.may(Role.RECRUITER)).as("a viewer in the second firm").isFalse();
        assertThat(other.getInternals().dumpPendingJavaScriptInvocations()).anySatisfy(invocation ->
                assertThat(invocation.getInvocation().getExpression()).contains("location.assign"));

        UI.getCurrent().navigate("candidates");
        assertThat(candidates.search(dev.wecruit.candidates.CandidateQuery.text(""),
                dev.wecruit.candidates.CandidateSort.Order.DEFAULT, 0, 10))
                .extracting(candidate -> candidate.fullName()).containsExactly("Bert Beta");
        assertThat(pageText()).contains("Beta Partners");
    }

    @Test
    void a_member_of_one_firm_sees_its_name_and_no_switcher() {
        var single = TestFirms.aFirm("Solo").withMember(Role.RECRUITER).create(accounts, organizations);
        signIn(single.member(Role.RECRUITER));
        UI.getCurrent().navigate("candidates");

        assertThat(_find(Select.class, spec -> spec.withClasses("shell-firm-switcher"))).isEmpty();
        assertThat(pageText()).contains("Solo");
    }
}
