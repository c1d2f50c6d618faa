package dev.wecruit.companies.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.KaribuTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.frame.NotFoundView;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.wecruit.companies.CompanyExportField;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.shell.ListExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class CompanyViewsTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;

    CompanySummary acme;

    @BeforeEach
    void aRecruiterWithAClient() {
        var firm = TestFirms.aFirm("Client Partners").withMember(Role.RECRUITER).create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
        acme = companies.create(TestCompanies.aCompany("Acme Ltd"));
    }

    @Test
    void the_search_box_and_the_status_filter_narrow_the_list_and_stay_in_the_address() {
        companies.create(TestCompanies.aCompany("Brightwater Health"));
        companies.create(TestCompanies.aCompany("Acme Holdings", CompanyStatus.FORMER));
        UI.getCurrent().navigate("companies");
        assertThat(names()).containsExactly("Acme Holdings", "Acme Ltd", "Brightwater Health");

        _get(TextField.class, spec -> spec.withClasses("list-view-search")).setValue("acme");
        assertThat(names()).containsExactly("Acme Holdings", "Acme Ltd");

        UI.getCurrent().navigate("companies", QueryParameters.simple(Map.of("q", "acme",
                "status", "former")));
        assertThat(names()).containsExactly("Acme Holdings");
        assertThat(pageText()).contains("1 found");
    }

    @Test
    void the_company_page_shows_its_contacts_and_jobs() {
        ContactDetails anna = companies.createContact(TestCompanies.aContactAt(acme.id(), "Anna", "Meyer"));
        jobs.create(TestJobs.aJobAt(acme.id(), anna.id()));

        UI.getCurrent().navigate("companies/" + acme.id());

        assertThat(_get(H2.class).getText()).isEqualTo("Acme Ltd");
        assertThat(pageText()).contains("Client · Logistics · Rotterdam, Netherlands", "Anna Meyer",
                "Head of Talent Acquisition", "Senior Supply Chain Planner · Open");
    }

    @Test
    void a_contact_added_from_the_company_page_belongs_to_that_company() {
        UI.getCurrent().navigate("companies/" + acme.id());
        _click(_get(Button.class, spec -> spec.withClasses("company-add-contact")));

        assertThat(companyField().getValue().id()).isEqualTo(acme.id());
        field("First name").setValue("Piet");
        field("Last name").setValue("de Vries");
        field("Job title").setValue("CFO");
        _get(EmailField.class, spec -> spec.withLabel("Email")).setValue("piet@acme.example");
        save();

        assertThat(_get(H2.class).getText()).isEqualTo("Piet de Vries");
        assertThat(pageText()).contains("CFO at Acme Ltd", "piet@acme.example");
        assertThat(companies.contactsOf(acme.id())).extracting(ContactDetails::fullName)
                .containsExactly("Piet de Vries");
    }

    @Test
    void a_meeting_logged_on_a_contacts_page_is_on_their_companys_timeline_too() {
        ContactDetails anna = companies.createContact(TestCompanies.aContactAt(acme.id(), "Anna", "Meyer"));
        UI.getCurrent().navigate("contacts/" + anna.id());

        _click(_get(Button.class, spec -> spec.withClasses("log-meeting")));
        _get(TextArea.class, spec -> spec.withLabel("What happened")).setValue("Quarterly review over lunch");
        _click(_get(Button.class, spec -> spec.withClasses("log-activity-save")));

        assertThat(pageText()).contains("Quarterly review over lunch");
        UI.getCurrent().navigate("companies/" + acme.id());
        assertThat(pageText()).contains("Quarterly review over lunch");
    }

    @Test
    void a_contact_with_a_bad_email_is_refused_next_to_the_field_and_not_saved() {
        UI.getCurrent().navigate("contacts/new", QueryParameters.of("company", acme.id().toString()));
        field("First name").setValue("Piet");
        field("Last name").setValue("de Vries");
        _get(EmailField.class, spec -> spec.withLabel("Email")).setValue("piet@");
        save();

        assertThat(_get(EmailField.class, spec -> spec.withLabel("Email")).isInvalid()).isTrue();
        assertThat(companies.contactsOf(acme.id())).isEmpty();
    }

    @Test
    void a_company_without_a_name_is_refused_and_a_good_one_is_created() {
        UI.getCurrent().navigate("companies/new");
        field("Website").setValue("not a website");
        save();

        assertThat(field("Name").getErrorMessage()).isEqualTo("Enter the company's name");
        assertThat(field("Website").isInvalid()).isTrue();
        assertThat(companies.count()).isEqualTo(1);

        field("Name").setValue("Corvid Analytics");
        field("Website").setValue("corvid.example");
        _get(Select.class, spec -> spec.withLabel("Status")).setValue(CompanyStatus.CLIENT);
        save();

        assertThat(_get(H2.class).getText()).isEqualTo("Corvid Analytics");
        assertThat(companies.search("corvid", List.of(), PageRequest.of(0, 1)).getContent().getFirst().website())
                .isEqualTo("https://corvid.example");
    }

    @Test
    void an_edit_of_a_company_someone_else_just_changed_is_refused_with_a_way_to_reload() {
        UI.getCurrent().navigate("companies/" + acme.id() + "/edit");
        field("Industry").setValue("Manufacturing");
        companies.update(acme.id(), acme.version(), TestCompanies.aCompany("Acme Group"));
        save();

        assertThat(_get(Button.class, spec -> spec.withClasses("form-reload")).isVisible()).isTrue();
        assertThat(companies.get(acme.id()).industry()).isEqualTo("Logistics");
        _click(_get(Button.class, spec -> spec.withClasses("form-reload")));
        assertThat(field("Name").getValue()).isEqualTo("Acme Group");
    }

    @Test
    void an_edit_of_a_contact_shows_their_company_and_keeps_it() {
        ContactDetails anna = companies.createContact(TestCompanies.aContactAt(acme.id(), "Anna", "Meyer"));
        UI.getCurrent().navigate("contacts/" + anna.id() + "/edit");

        assertThat(companyField().getValue().id()).isEqualTo(acme.id());
        assertThat(field("Last name").getValue()).isEqualTo("Meyer");
        field("Job title").setValue("Chief People Officer");
        save();

        ContactDetails saved = companies.findContact(anna.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("Chief People Officer");
        assertThat(saved).usingRecursiveComparison().ignoringFields("title", "version").isEqualTo(anna);
    }

    @Test
    void another_firms_company_and_contact_show_the_not_found_page_and_nothing_of_theirs() {
        ContactDetails anna = companies.createContact(TestCompanies.aContactAt(acme.id(), "Anna", "Meyer"));
        SignedIn.out();
        var other = TestFirms.aFirm("Rival Search").withMember(Role.RECRUITER).create(accounts, organizations);
        signIn(other.member(Role.RECRUITER));

        for (String address : List.of("companies/" + acme.id(), "companies/" + acme.id() + "/edit",
                "contacts/" + anna.id(), "contacts/" + anna.id() + "/edit", "contacts/oops")) {
            UI.getCurrent().navigate(address);
            assertThat(_find(NotFoundView.class)).as(address).hasSize(1);
            assertThat(pageText()).as(address).doesNotContain("Acme", "Meyer");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> names() {
        Grid<CompanySummary> grid = _get(Grid.class);
        return _fetch(grid, 0, _size(grid)).stream().map(CompanySummary::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CompanySummary> companyField() {
        return _get(ComboBox.class, spec -> spec.withLabel("Company"));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withText("Save")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_export_button_downloads_the_companies_the_search_shows_as_xlsx() throws Exception {
        companies.create(TestCompanies.aCompany("Brightwater"));
        com.vaadin.flow.component.UI.getCurrent().navigate("companies");
        com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withClasses("list-view-search")).setValue("acme");

        var export = (ListExport<CompanyExportField>) com.github.mvysny.kaributesting.v10.LocatorJ._get(
                ListExport.class, spec -> spec.withoutClasses("contact-export"));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(export);
        assertThat(((RadioButtonGroup<SheetFormat>) com.github.mvysny.kaributesting.v10.LocatorJ._get(
                RadioButtonGroup.class, spec -> spec.withClasses("list-export-format"))).getValue())
                .isEqualTo(SheetFormat.XLSX);
        var out = new java.io.ByteArrayOutputStream();
        int rows = export.download().writeTo(out);

        assertThat(export.download().fileName()).isEqualTo("companies.xlsx");
        assertThat(rows).isEqualTo(1);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Acme Ltd");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }
}
