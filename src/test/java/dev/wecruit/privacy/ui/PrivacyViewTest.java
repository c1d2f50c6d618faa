package dev.wecruit.privacy.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditQuery;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.privacy.DueCandidate;
import dev.wecruit.privacy.RetentionRules;
import dev.wecruit.privacy.RetentionService;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** An admin sees who is due, keeps one longer with a reason, anonymises or erases another, and sets the rules. */
class PrivacyViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;
    @Autowired RetentionService retention;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    TestFirms.CreatedFirm firm;
    UUID stale;

    @BeforeEach
    void anAdminWithOneCandidateDue() {
        firm = TestFirms.aFirm("Privacy Firm").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        signIn(firm.member(Role.ADMIN));
        stale = candidates.create(aCandidate().named("Esmeralda", "Stale").draft()).id();
        Timestamp longAgo = Timestamp.from(Instant.now().minus(1500, ChronoUnit.DAYS));
        transactions.executeWithoutResult(status -> jdbc.update(
                "update candidates set last_activity_at = ? where id = ?", longAgo, stale));
        retention.run(LocalDate.now(organizations.timeZone()));
    }

    @Test
    void the_due_candidate_is_listed_and_an_extension_needs_a_reason_then_keeps_them() {
        open();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("retention-counts"))
                .getText()).isEqualTo("1 candidate is due; the next run anonymises 0.");
        assertThat(dueRows()).extracting(DueCandidate::name).containsExactly("Esmeralda Stale");

        _click(_get((Div) _getCellComponent(grid(), 0, "actions"), Button.class,
                spec -> spec.withClasses("extend-retention")));
        _get(TextArea.class, spec -> spec.withLabel("Why")).setValue("   ");
        _click(_get(Button.class, spec -> spec.withClasses("extend-retention-confirm")));

        assertThat(_get(TextArea.class, spec -> spec.withLabel("Why")).getErrorMessage())
                .contains("Say why this candidate is kept longer");
        assertThat(retention.dueCounts().due()).isEqualTo(1);

        _get(DatePicker.class, spec -> spec.withLabel("Keep until")).setValue(LocalDate.now().plusMonths(3));
        _get(TextArea.class, spec -> spec.withLabel("Why")).setValue("Placed in March: guarantee period");
        _click(_get(Button.class, spec -> spec.withClasses("extend-retention-confirm")));

        assertThat(dueRows()).isEmpty();
        assertThat(retention.of(stale).keptUntil()).isEqualTo(LocalDate.now().plusMonths(3));
        assertThat(audit.search(new AuditQuery(Set.of(AuditAction.RETENTION_EXTENDED), null, null, null),
                Pageable.unpaged()).getContent()).singleElement().satisfies(entry ->
                assertThat(entry.subject() + entry.detail()).doesNotContain("Esmeralda"));
    }

    @Test
    void anonymise_now_asks_first_then_the_candidate_is_gone_from_the_list() {
        open();
        _click(_get((Div) _getCellComponent(grid(), 0, "actions"), Button.class,
                spec -> spec.withClasses("anonymise-now")));
        _click(_get(Button.class, spec -> spec.withClasses("anonymise-now-confirm")));

        assertThat(dueRows()).isEmpty();
        assertThat(candidates.get(stale).fullName()).isEqualTo("Anonymised candidate");

        UI.getCurrent().navigate("candidates/" + stale);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("anonymised-notice"))
                .getText()).contains("personal data was removed");
        assertThat(_find(Button.class, spec -> spec.withClasses("candidate-edit"))).isEmpty();
    }

    @Test
    void the_preview_says_what_the_next_run_does_and_changes_nothing() {
        retention.changeRules(null, 0);
        open();
        _click(_get(Button.class, spec -> spec.withClasses("retention-preview")));

        assertThat(_get(Div.class, spec -> spec.withClasses("preview-anonymise")).getElement().getTextRecursively())
                .contains("Anonymises 1", "Esmeralda Stale");
        assertThat(candidates.get(stale).fullName()).isEqualTo("Esmeralda Stale");
    }

    @Test
    void the_rules_are_saved_and_a_shorter_period_longer_than_the_firms_is_refused() {
        open();
        var rejected = _get(IntegerField.class, spec -> spec.withLabel("Rejected from every job (months)"));
        rejected.setValue(400);
        _click(_get(Button.class, spec -> spec.withClasses("retention-save-rules")));
        assertThat(rejected.getErrorMessage()).contains("the firm's period");
        assertThat(retention.rules().rejectedMonths()).isNull();

        rejected.setValue(6);
        _get(IntegerField.class, spec -> spec.withLabel("Notice (days)")).setValue(14);
        _click(_get(Button.class, spec -> spec.withClasses("retention-save-rules")));
        assertThat(retention.rules()).isEqualTo(new RetentionRules(24, 6, 14));
    }

    @Test
    void an_admin_erases_a_candidate_from_their_page_only_after_typing_their_name() {
        UI.getCurrent().navigate("candidates/" + stale);
        _click(_get(Button.class, spec -> spec.withClasses("erase-candidate")));
        _get(TextField.class, spec -> spec.withClasses("erase-confirmation")).setValue("Esmeralda");
        _click(_get(Button.class, spec -> spec.withClasses("erase-confirm")));

        assertThat(_get(TextField.class, spec -> spec.withClasses("erase-confirmation")).getErrorMessage())
                .contains("Type the candidate's full name");
        assertThat(candidates.exists(stale)).isTrue();

        _get(TextField.class, spec -> spec.withClasses("erase-confirmation")).setValue("Esmeralda Stale");
        _click(_get(Button.class, spec -> spec.withClasses("erase-confirm")));

        assertThat(candidates.exists(stale)).isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("candidates");
    }

    @Test
    void a_recruiter_sees_neither_the_privacy_view_nor_the_erase_button() {
        signIn(firm.member(Role.RECRUITER));
        UI.getCurrent().navigate("candidates/" + stale);
        assertThat(_find(Button.class, spec -> spec.withClasses("erase-candidate"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("candidate-retention"))).isEmpty();

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/privacy"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private void open() {
        UI.getCurrent().navigate("admin/privacy");
        MockVaadin.clientRoundtrip(false);
    }

    @SuppressWarnings("unchecked")
    private static Grid<DueCandidate> grid() {
        return _get(Grid.class, spec -> spec.withClasses("due-grid"));
    }

    private static java.util.List<DueCandidate> dueRows() {
        return _fetch(grid(), 0, _size(grid()));
    }
}
