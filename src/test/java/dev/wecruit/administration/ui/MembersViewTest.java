package dev.wecruit.administration.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditQuery;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** An admin manages the firm's members; what they change is in the audit log; other roles cannot get here. */
class MembersViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired AuditLog audit;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    TestFirms.CreatedFirm firm;

    @BeforeEach
    void anAdminOfAFirm() {
        firm = TestFirms.aFirm("Member Admins").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        signIn(firm.member(Role.ADMIN));
    }

    @Test
    void an_invited_recruiter_signs_in_with_the_one_time_password_and_must_choose_their_own_first() {
        UI.getCurrent().navigate("admin/members");
        _click(_get(Button.class, spec -> spec.withClasses("members-invite")));
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Nina Newcomer");
        String email = "nina-" + firm.id().toString().substring(24) + "@member-admins.test";
        _get(EmailField.class, spec -> spec.withLabel("Email")).setValue(email);
        _click(_get(Button.class, spec -> spec.withClasses("invite-send")));

        String oneTimePassword = _get(Span.class, spec -> spec.withClasses("invitation-password")).getText();
        assertThat(oneTimePassword).hasSize(16);
        assertThat(_get(Dialog.class, spec -> spec.withClasses("invitation-dialog")).getElement().getTextRecursively())
                .contains("shown only now", email);
        assertThat(names()).contains("Nina Newcomer");
        assertThat(audit.search(new AuditQuery(Set.of(AuditAction.MEMBER_INVITED), "", null, null),
                Pageable.unpaged()).getContent()).singleElement()
                .satisfies(entry -> assertThat(entry.subject()).contains("Nina Newcomer", email));

        var nina = new TestFirms.CreatedMember(accounts.findAccountId(email).orElseThrow(), email, oneTimePassword,
                Role.RECRUITER);
        signIn(nina);
        assertThat(jdbc.queryForObject("select password_expires_at from accounts where email = ?",
                java.sql.Timestamp.class, email).toInstant())
                .as("once used, the one-time password works only long enough to choose a new one")
                .isBefore(java.time.Instant.now().plus(java.time.Duration.ofMinutes(16)));
        UI.getCurrent().navigate("candidates");
        assertThat(pageText()).contains("Choose your password", "one-time password");

        _get(PasswordField.class, spec -> spec.withLabel("One-time password")).setValue(oneTimePassword);
        _get(PasswordField.class, spec -> spec.withLabel("New password")).setValue("short");
        _get(PasswordField.class, spec -> spec.withLabel("New password again")).setValue("short");
        _click(_get(Button.class, spec -> spec.withClasses("change-password-save")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("New password")).getErrorMessage())
                .contains("At least 12");

        _get(PasswordField.class, spec -> spec.withLabel("New password")).setValue("nina's own passphrase");
        _get(PasswordField.class, spec -> spec.withLabel("New password again")).setValue("nina's own passphrase");
        _click(_get(Button.class, spec -> spec.withClasses("change-password-save")));
        UI.getCurrent().navigate("candidates");
        assertThat(pageText()).contains("Candidates").doesNotContain("Choose your password");

        signIn(new TestFirms.CreatedMember(nina.accountId(), email, "nina's own passphrase", Role.RECRUITER));
        UI.getCurrent().navigate("candidates");
        assertThat(pageText()).doesNotContain("Choose your password");
    }

    @Test
    void an_invitation_with_a_bad_email_says_so_and_adds_nobody() {
        UI.getCurrent().navigate("admin/members");
        int before = names().size();
        _click(_get(Button.class, spec -> spec.withClasses("members-invite")));
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("No Email");
        _get(EmailField.class, spec -> spec.withLabel("Email")).setValue("not-an-email");
        _click(_get(Button.class, spec -> spec.withClasses("invite-send")));

        assertThat(_get(EmailField.class, spec -> spec.withLabel("Email")).getErrorMessage())
                .contains("anna@example.com");
        assertThat(organizations.members()).hasSize(before);
    }

    @Test
    void an_admin_changes_a_role_and_deactivates_a_member_and_both_are_audited() {
        UI.getCurrent().navigate("admin/members");
        MemberSummary recruiter = member(Role.RECRUITER);
        _setValue(roleOf(recruiter), Role.VIEWER);
        _click((Button) _getCellComponent(grid(), row(recruiter), "status"));

        assertThat(organizations.member(recruiter.id())).hasValueSatisfying(after -> {
            assertThat(after.role()).isEqualTo(Role.VIEWER);
            assertThat(after.active()).isFalse();
        });
        assertThat(organizations.membershipsOfAccount(recruiter.accountId())).isEmpty();
        assertThat(audit.search(AuditQuery.everything(), Pageable.unpaged()).getContent())
                .extracting(entry -> entry.action() + " " + entry.detail())
                .contains(AuditAction.MEMBER_ROLE_CHANGED + " Recruiter → Viewer",
                        AuditAction.MEMBER_DEACTIVATED + " null");
    }

    @Test
    void the_last_admin_can_neither_be_demoted_nor_deactivate_themselves() {
        UI.getCurrent().navigate("admin/members");
        MemberSummary admin = member(Role.ADMIN);
        _setValue(roleOf(admin), Role.RECRUITER);

        assertThat(organizations.member(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(_getCellComponent(grid(), row(admin), "status").isVisible()).as("no deactivate for oneself")
                .isFalse();
        assertThat(audit.search(new AuditQuery(Set.of(AuditAction.MEMBER_ROLE_CHANGED), "", null, null),
                Pageable.unpaged())).isEmpty();
    }

    @Test
    void the_audit_log_lists_sign_ins_newest_first_and_filters_by_action() {
        UI.getCurrent().navigate("admin/audit");
        assertThat(pageText()).contains("Audit log");
        @SuppressWarnings("unchecked")
        Grid<dev.wecruit.audit.AuditEntry> grid = _get(Grid.class, spec -> spec.withClasses("audit-grid"));
        assertThat(_fetch(grid, 0, 50)).extracting(entry -> entry.action()).contains(AuditAction.SIGNED_IN);

        @SuppressWarnings("unchecked")
        var actions = (com.vaadin.flow.component.combobox.MultiSelectComboBox<AuditAction>) _get(
                com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withLabel("Action"));
        actions.setValue(Set.of(AuditAction.MEMBER_INVITED));
        assertThat(_size(grid)).isZero();
        assertThat(pageText()).contains("0 entries");
    }

    @Test
    void a_recruiter_sees_no_administration_in_the_menu_and_cannot_open_it() {
        signIn(firm.member(Role.RECRUITER));
        UI.getCurrent().navigate("candidates");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList())
                .contains("Candidates").doesNotContain("Members", "Audit log", "Settings", "API keys",
                        "Background work");
        for (String admin : List.of("admin/members", "admin/audit")) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(admin)).as(admin)
                    .hasMessageContaining("Access is denied");
        }
    }

    private List<String> names() {
        return _fetch(grid(), 0, 100).stream().map(MemberSummary::displayName).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<MemberSummary> grid() {
        return _get(Grid.class, spec -> spec.withClasses("members-grid"));
    }

    private static int row(MemberSummary member) {
        return _fetch(grid(), 0, 100).stream().map(MemberSummary::id).toList().indexOf(member.id());
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> roleOf(MemberSummary member) {
        return (Select<Role>) _getCellComponent(grid(), row(member), "role");
    }

    private MemberSummary member(Role role) {
        return organizations.members().stream()
                .filter(member -> member.accountId().equals(firm.member(role).accountId())).findFirst().orElseThrow();
    }
}
