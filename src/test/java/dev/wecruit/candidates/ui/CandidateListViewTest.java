package dev.wecruit.candidates.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.candidates.ConsentStatus;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.wecruit.candidates.CandidateExportField;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.shell.ListExport;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CandidateListViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;

    @BeforeEach
    void aRecruiterWithThreeCandidates() {
        var firm = TestFirms.aFirm("Grid & Co").withMember(Role.RECRUITER).create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
        candidates.create(aCandidate().named("John", "Smith").titled("Java Developer", "Acme Ltd").withSkill("Kotlin")
                .withTag("Shortlist").draft());
        candidates.create(aCandidate().named("Jane", "Smithers").titled("Financial Controller", "Brightwater")
                .draft());
        candidates.create(aCandidate().named("Priya", "Natarajan").titled("Nurse Manager", "St Mary's")
                .locatedIn("Leeds").draft());
    }

    @Test
    void the_list_shows_every_candidate_of_the_firm_with_the_total() {
        UI.getCurrent().navigate("candidates");

        assertThat(names()).containsExactlyInAnyOrder("John Smith", "Jane Smithers", "Priya Natarajan");
        assertThat(_get(Span.class, spec -> spec.withClasses("list-view-total")).getText()).isEqualTo("3 candidates");
    }

    @Test
    void typing_a_name_prefix_narrows_the_grid() {
        UI.getCurrent().navigate("candidates");

        _get(TextField.class, spec -> spec.withClasses("list-view-search")).setValue("joh smi");

        assertThat(names()).containsExactly("John Smith");
        assertThat(_get(Span.class, spec -> spec.withClasses("list-view-total")).getText()).isEqualTo("1 found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_a_skill_and_a_location_filters_the_grid() {
        UI.getCurrent().navigate("candidates");

        ((MultiSelectComboBox<String>) _get(MultiSelectComboBox.class, spec -> spec.withLabel("Skills")))
                .setValue(Set.of("kotlin"));
        assertThat(names()).containsExactly("John Smith");

        ((MultiSelectComboBox<String>) _get(MultiSelectComboBox.class, spec -> spec.withLabel("Skills")))
                .setValue(Set.of());
        _get(TextField.class, spec -> spec.withLabel("Location")).setValue("leeds");
        assertThat(names()).containsExactly("Priya Natarajan");
    }

    @Test
    void a_shared_link_opens_with_its_search_and_filters_applied() {
        UI.getCurrent().navigate("candidates", QueryParameters.fromString("q=smi&tags=shortlist&sort=title&dir=asc"));

        assertThat(names()).containsExactly("John Smith");
        assertThat(_get(TextField.class, spec -> spec.withClasses("list-view-search")).getValue()).isEqualTo("smi");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_lawful_basis_and_consent_filters_narrow_the_grid() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        candidates.create(aCandidate().named("Ewa", "Expired").consentedOn(today.minusYears(2), today.minusDays(1))
                .draft());
        candidates.create(aCandidate().named("Sam", "Soon").consentedOn(today.minusYears(1), today.plusDays(12))
                .draft());
        UI.getCurrent().navigate("candidates");

        ((MultiSelectComboBox<String>) _get(MultiSelectComboBox.class, spec -> spec.withLabel("Lawful basis")))
                .setValue(Set.of("consent"));
        assertThat(names()).containsExactlyInAnyOrder("Ewa Expired", "Sam Soon");
        ((Select<ConsentStatus>) _get(Select.class, spec -> spec.withLabel("Consent")))
                .setValue(ConsentStatus.EXPIRING);
        assertThat(names()).containsExactly("Sam Soon");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Expiring within (days)")).isVisible()).isTrue();
        _get(IntegerField.class, spec -> spec.withLabel("Expiring within (days)")).setValue(5);
        assertThat(names()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withClasses("list-view-total")).getText()).isEqualTo("0 found");
    }

    @Test
    void a_shared_link_opens_with_the_legal_hold_and_consent_filters_applied() {
        UI.getCurrent().navigate("candidates", QueryParameters.fromString("basis=legitimate-interest&consent=none"));
        assertThat(names()).containsExactlyInAnyOrder("John Smith", "Jane Smithers", "Priya Natarajan");

        UI.getCurrent().navigate("candidates", QueryParameters.fromString("hold=yes"));
        assertThat(names()).isEmpty();
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("On legal hold")).getValue()).isTrue();
        assertThat(grid().getEmptyStateText()).contains("clear the filters");
    }

    @Test
    void sorting_by_title_orders_the_rows() {
        UI.getCurrent().navigate("candidates", QueryParameters.fromString("sort=title&dir=asc"));

        assertThat(grid().getSortOrder().getFirst().getSorted().getKey()).isEqualTo("TITLE");
        assertThat(names()).containsExactly("Jane Smithers", "John Smith", "Priya Natarajan");
    }

    @Test
    void a_search_that_finds_nothing_says_what_to_do() {
        UI.getCurrent().navigate("candidates", QueryParameters.fromString("q=zzzz"));

        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).contains("clear the filters");
    }

    @Test
    void past_ten_thousand_the_total_says_so_and_scrolling_to_the_end_shows_every_candidate_once() {
        List<CandidateDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            drafts.add(aCandidate().named("Bulk", "Person" + i).titled("Analyst " + i % 7, null).draft());
        }
        candidates.createAll(drafts);
        UI.getCurrent().navigate("candidates", QueryParameters.fromString("sort=title&dir=desc"));

        assertThat(_get(Span.class, spec -> spec.withClasses("list-view-total")).getText())
                .isEqualTo("10,000+ candidates");
        Grid<CandidateSummary> grid = grid();
        List<CandidateSummary> scrolled = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<CandidateSummary> page = _fetch(grid, offset, 500);
            scrolled.addAll(page);
            if (page.size() < 500) {
                break;
            }
        }
        assertThat(scrolled).hasSize(10_003);
        assertThat(scrolled.stream().map(CandidateSummary::id).distinct()).hasSize(10_003);
        assertThat(scrolled.stream().map(CandidateSummary::currentTitle).toList())
                .as("still in the chosen order, Z to A, far down the list")
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(_fetch(grid, 9_990, 20)).isEqualTo(scrolled.subList(9_990, 10_003));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CandidateSummary> grid() {
        return _get(Grid.class);
    }

    private static List<String> names() {
        Grid<CandidateSummary> grid = grid();
        return _fetch(grid, 0, GridKt._size(grid)).stream().map(CandidateSummary::fullName).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_export_button_downloads_the_rows_the_search_shows_as_csv_with_the_extras_chosen() throws Exception {
        UI.getCurrent().navigate("candidates");
        _get(TextField.class, spec -> spec.withClasses("list-view-search")).setValue("smi");

        var export = (ListExport<CandidateExportField>) _get(ListExport.class);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(export);
        ((RadioButtonGroup<SheetFormat>) _get(RadioButtonGroup.class, spec -> spec.withClasses("list-export-format")))
                .setValue(SheetFormat.CSV);
        var extras = (CheckboxGroup<CandidateExportField>) _get(CheckboxGroup.class,
                spec -> spec.withClasses("list-export-extras"));
        assertThat(extras.getListDataView().getItems()).contains(CandidateExportField.EMAIL);
        extras.setValue(Set.of(CandidateExportField.SOURCE));

        var download = export.download();
        var out = new ByteArrayOutputStream();
        int rows = download.writeTo(out);

        assertThat(download.fileName()).isEqualTo("candidates.csv");
        assertThat(rows).isEqualTo(2);
        String text = new String(out.toByteArray(), 3, out.size() - 3, StandardCharsets.UTF_8);
        List<List<String>> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().stream()
                .map(CSVRecord::toList).toList();
        assertThat(records.getFirst()).startsWith("Name").endsWith("Last activity", "Source");
        assertThat(records.subList(1, 3)).extracting(List::getFirst)
                .containsExactlyInAnyOrder("John Smith", "Jane Smithers");
    }
}
