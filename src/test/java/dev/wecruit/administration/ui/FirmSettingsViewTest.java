package dev.wecruit.administration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditEntry;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditQuery;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.StageService;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.ai.AiProvider;
import dev.wecruit.ai.AiSettingsService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.FirmProfile;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.WorkSummary;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** An admin changes the firm's settings; bad input is refused field by field and changes nothing. */
class FirmSettingsViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired JobService jobs;
    @Autowired StageService stageService;
    @Autowired AiSettingsService ai;
    @Autowired AuditLog audit;
    @Autowired CurrentTenant currentTenant;
    @Autowired JdbcTemplate jdbc;
    @Autowired CandidateService candidates;
    @Autowired BackgroundWork work;
    @Autowired TransactionTemplate transactions;

    TestFirms.CreatedFirm firm;

    @BeforeEach
    void anAdminOnTheSettingsPage() {
        firm = TestFirms.aFirm("Settings Firm").withMember(Role.ADMIN).create(accounts, organizations);
        signIn(firm.member(Role.ADMIN));
        UI.getCurrent().navigate("admin/settings");
        MockVaadin.clientRoundtrip(false); // the browser answers what the page asked of it, such as its time zone
    }

    @Test
    void the_firms_name_currency_retention_and_time_zone_are_saved_and_audited() {
        _get(TextField.class, spec -> spec.withLabel("Firm name")).setValue("Settings Firm Partners");
        @SuppressWarnings("unchecked")
        var currency = (com.vaadin.flow.component.combobox.ComboBox<String>) _get(
                com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Default currency"));
        currency.setValue("CHF");
        _get(IntegerField.class, spec -> spec.withLabel("Keep candidate data for (months)")).setValue(36);
        @SuppressWarnings("unchecked")
        var timeZone = (com.vaadin.flow.component.combobox.ComboBox<String>) _get(
                com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Time zone"));
        timeZone.setValue("Europe/Zurich");
        _click(_get(Button.class, spec -> spec.withClasses("settings-save-firm")));

        assertThat(organizations.profile()).isEqualTo(new FirmProfile("Settings Firm Partners", "CHF", 36,
                ZoneId.of("Europe/Zurich")));
        assertThat(audit.search(new AuditQuery(Set.of(AuditAction.SETTINGS_CHANGED), "Partners", null, null),
                Pageable.unpaged()).getContent()).singleElement().satisfies(entry -> assertThat(entry.detail())
                .contains("\"Settings Firm\" → \"Settings Firm Partners\"", "EUR → CHF", "24 → 36 months",
                        "→ Europe/Zurich"));
    }

    @Test
    void a_new_firm_takes_the_time_zone_of_the_first_admins_browser_and_keeps_it_after() {
        // the browser Karibu stands in for says it is in Helsinki
        assertThat(organizations.profile().timeZone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
        assertThat(audit.search(new AuditQuery(Set.of(AuditAction.SETTINGS_CHANGED), "time zone", null, null),
                Pageable.unpaged()).getContent()).singleElement().extracting(AuditEntry::detail)
                .isEqualTo("time zone UTC → Europe/Helsinki");

        assertThat(organizations.adoptTimeZone(ZoneId.of("America/Chicago"))).as("a firm with a zone keeps it")
                .isFalse();
        assertThat(organizations.profile().timeZone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
    }

    @Test
    void a_blank_name_or_a_retention_out_of_range_is_refused_and_nothing_changes() {
        FirmProfile before = organizations.profile();
        _get(TextField.class, spec -> spec.withLabel("Firm name")).setValue(" ");
        var retention = _get(IntegerField.class, spec -> spec.withLabel("Keep candidate data for (months)"));
        retention.setValue(0);
        _click(_get(Button.class, spec -> spec.withClasses("settings-save-firm")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Firm name")).getErrorMessage())
                .contains("Enter the firm's name");
        assertThat(retention.getErrorMessage()).contains("Between 1 and 120");
        assertThat(organizations.profile()).isEqualTo(before);
    }

    @Test
    void a_template_without_a_hired_stage_is_refused_and_a_good_one_is_what_new_jobs_copy() {
        var before = stageService.stageTemplate();
        @SuppressWarnings("unchecked")
        var kinds = _find(Select.class, spec -> spec.withClasses("settings-stage-kind"));
        var placed = kinds.stream().filter(kind -> kind.getValue() == StageKind.HIRED).findFirst().orElseThrow();
        placed.setValue(StageKind.ACTIVE);
        _click(_get(Button.class, spec -> spec.withClasses("settings-save-template")));

        assertThat(_find(Div.class, spec -> spec.withClasses("form-error")).stream().map(Div::getText).toList())
                .anyMatch(text -> text.contains("one hired"));
        assertThat(stageService.stageTemplate()).isEqualTo(before);

        placed.setValue(StageKind.HIRED);
        _find(TextField.class, spec -> spec.withClasses("settings-stage-name")).getFirst()
                .setValue("Longlist");
        _click(_get(Button.class, spec -> spec.withClasses("settings-save-template")));
        assertThat(stageService.stageTemplate().getFirst().name()).isEqualTo("Longlist");
        assertThat(audit.search(new AuditQuery(Set.of(AuditAction.STAGE_TEMPLATE_CHANGED), "", null, null),
                Pageable.unpaged())).hasSize(1);
    }

    @Test
    void an_ai_server_needs_a_real_url_and_its_key_is_sealed_and_never_shown_again() {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AiProvider> provider = _get(RadioButtonGroup.class, spec -> spec.withLabel("Models"));
        provider.setValue(AiProvider.OPENAI_COMPATIBLE);
        _get(TextField.class, spec -> spec.withLabel("Server base URL")).setValue("llm.example.com");
        _get(TextField.class, spec -> spec.withLabel("Chat model")).setValue("gpt-4o-mini");
        _get(PasswordField.class, spec -> spec.withLabel("API key")).setValue("sk-very-secret-123");
        _click(_get(Button.class, spec -> spec.withClasses("settings-save-ai")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Server base URL")).getErrorMessage())
                .contains("https://");
        assertThat(ai.settings().provider()).isEqualTo(AiProvider.BUILT_IN);

        _get(TextField.class, spec -> spec.withLabel("Server base URL")).setValue("https://llm.example.com/v1");
        _click(_get(Button.class, spec -> spec.withClasses("settings-save-ai")));

        assertThat(ai.settings().apiKeySaved()).isTrue();
        assertThat(ai.apiKey()).hasValue("sk-very-secret-123");
        var keyField = _get(PasswordField.class, spec -> spec.withLabel("API key"));
        assertThat(keyField.getValue()).isEmpty();
        assertThat(keyField.getPlaceholder()).contains("Saved");
        String stored = currentTenant.callAs(firm.id(), () -> transactions.execute(status ->
                jdbc.queryForObject("select api_key_enc from ai_settings", String.class)));
        assertThat(stored).startsWith("1$").doesNotContain("sk-very-secret");
        assertThat(audit.search(new AuditQuery(Set.of(AuditAction.AI_SETTINGS_CHANGED), "", null, null),
                Pageable.unpaged()).getContent()).singleElement().satisfies(entry -> assertThat(entry.detail())
                .contains("https://llm.example.com/v1", "API key replaced").doesNotContain("sk-very"));
    }

    @Test
    void re_indexing_the_firm_for_matching_starts_background_work_and_says_how_much_waits() {
        currentTenant.runAs(firm.id(), () -> {
            candidates.create(TestCandidates.aCandidate().named("Ivy", "Index").draft());
            candidates.create(TestCandidates.aCandidate().named("Ike", "Index").draft());
        });
        UI.getCurrent().navigate("admin/settings");

        _click(_get(Button.class, spec -> spec.withClasses("settings-reindex")));

        assertThat(work.recent(false, 5)).extracting(WorkSummary::kind, WorkSummary::title)
                .contains(tuple("matching-index", "Matching index: all 2 candidates"));
        // the work may already have read some by now: it runs as soon as the click's transaction commits
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("matching-index-state")).getText())
                .matches("[0-2] candidates? read for matching(, [1-2] waiting)?\\.");
    }
}
