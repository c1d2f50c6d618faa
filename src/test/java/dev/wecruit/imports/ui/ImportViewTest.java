package dev.wecruit.imports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.imports.ImportField;
import dev.wecruit.imports.ImportKind;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import dev.wecruit.imports.TestSheets;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;

    @BeforeEach
    void aRecruiter() {
        var firm = TestFirms.aFirm("Import Partners").withMember(Role.RECRUITER).create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
    }

    @Test
    void a_recruiter_uploads_maps_dry_runs_imports_with_progress_and_can_undo() {
        long before = candidates.count();
        UI.getCurrent().navigate("imports");
        _upload(_get(Upload.class), "linkedin.csv", "text/csv", TestSheets.csv(StandardCharsets.UTF_8,
                "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
                "Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.com,Engines Ltd,Engineer,03 Dec 2024",
                "Bo,,,bo@example.com,,,03 Dec 2024"));

        assertThat(_get(Span.class, spec -> spec.withClasses("import-layout")).getText())
                .isEqualTo("Recognised: LinkedIn connections export");
        _click(_get(Button.class, spec -> spec.withClasses("import-dry-run")));
        assertThat(_get(Span.class, spec -> spec.withClasses("import-dry-run-summary")).getText())
                .isEqualTo("1 to create, 0 to update, 0 duplicates, 1 invalid");
        assertThat(pageText()).contains("Line 3 · Invalid: Last name: Enter a last name");

        _click(_get(Button.class, spec -> spec.withText("Import 1 rows")));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return _get(Span.class, spec -> spec.withClasses("import-progress-text")).getText().startsWith("Done");
        });
        assertThat(_get(Span.class, spec -> spec.withClasses("import-progress-text")).getText())
                .isEqualTo("Done: 1 created, 0 updated, 1 skipped");
        assertThat(candidates.count()).isEqualTo(before + 1);
        assertThat(candidates.findByEmail("ada@example.com").getFirst().currentCompany()).isEqualTo("Engines Ltd");

        _click(_get(Button.class, spec -> spec.withText("Undo import")));
        assertThat(pageText()).contains("Undone: 1 removed, 0 restored.");
        assertThat(candidates.count()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_recruiter_chooses_to_import_companies_with_contacts_and_the_columns_offer_their_fields() {
        long companiesBefore = companies.count();
        long contactsBefore = companies.countContacts();
        UI.getCurrent().navigate("imports");
        _upload(_get(Upload.class), "accounts.csv", "text/csv", TestSheets.csv(StandardCharsets.UTF_8,
                "Account Name,Website,First Name,Last Name,Email",
                "Globex,globex.example,Cy,Young,cy@globex.example",
                "Globex,,Di,Prince,di@globex.example",
                "Initech,,Ed,,ed@initech.example"));
        // read as candidates first: the account name is nothing of a candidate's
        Select<ImportField> first = _get(Select.class, spec -> spec.withClasses("import-column").withLabel(
                "Account Name"));
        assertThat(first.getValue()).isEqualTo(ImportField.SKIP);

        _get(RadioButtonGroup.class, spec -> spec.withClasses("import-kind")).setValue(ImportKind.COMPANIES);

        assertThat(_get(H2.class).getText()).isEqualTo("Import companies with contacts");
        Select<ImportField> company = _get(Select.class, spec -> spec.withClasses("import-column").withLabel(
                "Account Name"));
        assertThat(company.getValue()).isEqualTo(ImportField.COMPANY_NAME);
        assertThat(company.getListDataView().getItems().toList()).contains(ImportField.COMPANY_NAME,
                ImportField.CONTACT_TITLE).doesNotContain(ImportField.SKILLS, ImportField.JOB_TITLE);
        assertThat(_get(Span.class, spec -> spec.withClasses("import-layout")).getText())
                .isEqualTo("Recognised: CRM accounts export");
        _click(_get(Button.class, spec -> spec.withClasses("import-dry-run")));
        assertThat(_get(Span.class, spec -> spec.withClasses("import-dry-run-summary")).getText())
                .isEqualTo("2 to create, 0 to update, 0 duplicates, 1 invalid");
        assertThat(pageText()).contains("Line 2 · To create: Creates Globex with contact Cy Young")
                .contains("Line 4 · Invalid: Contact's last name: Enter a last name");

        _click(_get(Button.class, spec -> spec.withText("Import 2 rows")));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return _get(Span.class, spec -> spec.withClasses("import-progress-text")).getText().startsWith("Done");
        });
        assertThat(_get(Span.class, spec -> spec.withClasses("import-progress-text")).getText())
                .isEqualTo("Done: 2 created, 0 updated, 1 skipped");
        assertThat(companies.count()).isEqualTo(companiesBefore + 1);
        assertThat(companies.countContacts()).isEqualTo(contactsBefore + 2);
    }
}
