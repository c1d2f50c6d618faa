package dev.wecruit.imports.internal;

import static dev.wecruit.imports.ImportField.CLIENT;
import static dev.wecruit.imports.ImportField.CLOSED_ON;
import static dev.wecruit.imports.ImportField.COMPANY_LOCATION;
import static dev.wecruit.imports.ImportField.COMPANY_NAME;
import static dev.wecruit.imports.ImportField.COMPANY_STATUS;
import static dev.wecruit.imports.ImportField.CONTACT_TITLE;
import static dev.wecruit.imports.ImportField.DESCRIPTION;
import static dev.wecruit.imports.ImportField.EMAIL;
import static dev.wecruit.imports.ImportField.FEE;
import static dev.wecruit.imports.ImportField.FIRST_NAME;
import static dev.wecruit.imports.ImportField.FULL_NAME;
import static dev.wecruit.imports.ImportField.HIRING_MANAGER;
import static dev.wecruit.imports.ImportField.INDUSTRY;
import static dev.wecruit.imports.ImportField.JOB_STATUS;
import static dev.wecruit.imports.ImportField.JOB_TITLE;
import static dev.wecruit.imports.ImportField.LAST_NAME;
import static dev.wecruit.imports.ImportField.LINKEDIN;
import static dev.wecruit.imports.ImportField.LOCATION;
import static dev.wecruit.imports.ImportField.NICE_TO_HAVE;
import static dev.wecruit.imports.ImportField.OPENED_ON;
import static dev.wecruit.imports.ImportField.OWNER;
import static dev.wecruit.imports.ImportField.PHONE;
import static dev.wecruit.imports.ImportField.REMOTE_POLICY;
import static dev.wecruit.imports.ImportField.SALARY_CURRENCY;
import static dev.wecruit.imports.ImportField.SALARY_MAX;
import static dev.wecruit.imports.ImportField.SALARY_MIN;
import static dev.wecruit.imports.ImportField.SENIORITY;
import static dev.wecruit.imports.ImportField.SKILLS;
import static dev.wecruit.imports.ImportField.SKIP;
import static dev.wecruit.imports.ImportField.WEBSITE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.ImportField;
import dev.wecruit.imports.ImportKind;
import dev.wecruit.jobs.FeeTerms;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.RemotePolicy;
import dev.wecruit.jobs.Seniority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordRowsTest {

    static final UUID OWNER_ID = UUID.randomUUID();
    static final Map<String, UUID> MEMBERS = Map.of("rita@firm.example", OWNER_ID);

    @Test
    void a_crm_accounts_export_maps_company_and_contact_columns_and_skips_its_ids() {
        ColumnMapping mapping = ColumnSuggestions.suggest(ImportKind.COMPANIES,
                List.of("Account ID", "Account Name", "Website", "Industry", "Billing City", "Account Owner",
                        "Type", "First Name", "Last Name", "Title", "Email", "Direct Dial", "LinkedIn"),
                List.of(List.of("001", "Acme Ltd", "acme.example", "Retail", "Leeds", "rita@firm.example",
                        "Customer", "Ada", "Lovelace", "CFO", "ada@acme.example", "+44 113 496 0000", "")));

        assertThat(mapping.layout()).isEqualTo(ColumnSuggestions.CRM_ACCOUNTS_EXPORT);
        assertThat(mapping.fields()).containsExactly(SKIP, COMPANY_NAME, WEBSITE, INDUSTRY, COMPANY_LOCATION, OWNER,
                COMPANY_STATUS, FIRST_NAME, LAST_NAME, CONTACT_TITLE, EMAIL, PHONE, LINKEDIN);
    }

    @Test
    void a_file_of_companies_alone_has_its_name_column_taken_for_the_company() {
        ColumnMapping mapping = ColumnSuggestions.suggest(ImportKind.COMPANIES, List.of("Name", "Website", "Sector"),
                List.of(List.of("Acme", "acme.example", "Retail")));

        assertThat(mapping.fields()).containsExactly(COMPANY_NAME, WEBSITE, INDUSTRY);
    }

    @Test
    void a_jobs_export_maps_its_status_owner_and_dates_which_a_candidates_file_would_skip() {
        ColumnMapping mapping = ColumnSuggestions.suggest(ImportKind.JOBS,
                List.of("Job ID", "Position", "Client", "Hiring Manager", "Location", "Workplace Type", "Level",
                        "Salary From", "Salary To", "Currency", "Placement Fee", "Status", "Recruiter", "Date Opened",
                        "Closing Date", "Required Skills", "Nice to have", "Job Description", "Notes"),
                List.of());

        assertThat(mapping.layout()).isEqualTo(ColumnSuggestions.ATS_JOBS_EXPORT);
        assertThat(mapping.fields()).containsExactly(SKIP, JOB_TITLE, CLIENT, HIRING_MANAGER, LOCATION,
                REMOTE_POLICY, SENIORITY, SALARY_MIN, SALARY_MAX, SALARY_CURRENCY, FEE, JOB_STATUS, OWNER, OPENED_ON,
                CLOSED_ON, SKILLS, NICE_TO_HAVE, DESCRIPTION, SKIP);
    }

    @Test
    void each_kind_offers_only_its_own_fields() {
        assertThat(ImportField.of(ImportKind.COMPANIES)).contains(COMPANY_NAME, FIRST_NAME, EMAIL)
                .doesNotContain(JOB_TITLE, SKILLS);
        assertThat(ImportField.of(ImportKind.JOBS)).contains(JOB_TITLE, CLIENT, SKILLS).doesNotContain(EMAIL);
        assertThat(ImportField.of(ImportKind.CANDIDATES)).contains(FULL_NAME, SKILLS).doesNotContain(COMPANY_NAME);
    }

    @Test
    void company_names_are_one_whatever_their_case_accents_punctuation_and_legal_form() {
        assertThat(RecordCells.companyKey("ACME Ltd.")).isEqualTo(RecordCells.companyKey("Acme Limited"))
                .isEqualTo(RecordCells.companyKey("  acme  "));
        assertThat(RecordCells.companyKey("Société Générale SA")).isEqualTo("societe generale");
        assertThat(RecordCells.companyKey("Marks & Spencer plc")).isEqualTo(RecordCells.companyKey(
                "Marks and Spencer"));
        assertThat(RecordCells.companyKey("Acme Robotics")).isNotEqualTo(RecordCells.companyKey("Acme"));
        // a name that is only a legal form keeps it
        assertThat(RecordCells.companyKey("Company")).isEqualTo("company");
    }

    @Test
    void a_company_row_gives_the_company_and_its_contact_and_marks_what_it_cannot_read() {
        ColumnMapping mapping = new ColumnMapping(List.of(COMPANY_NAME, COMPANY_STATUS, OWNER, FULL_NAME, EMAIL,
                EMAIL), ",", null);

        CompanyImport.Parsed row = CompanyImport.parse(List.of("Acme", "Customer", "RITA@firm.example",
                "Lovelace, Ada", "ada@acme.example", "ada@home.example"), mapping, MEMBERS);
        assertThat(row.companyName()).isEqualTo("Acme");
        assertThat(row.status()).isEqualTo(CompanyStatus.CLIENT);
        assertThat(row.ownerId()).isEqualTo(OWNER_ID);
        assertThat(row.hasContact()).isTrue();
        assertThat(row.firstName()).isEqualTo("Ada");
        assertThat(row.lastName()).isEqualTo("Lovelace");
        assertThat(row.email()).isEqualTo("ada@acme.example");
        assertThat(row.cellErrors()).isEmpty();

        CompanyImport.Parsed bad = CompanyImport.parse(List.of("Acme", "Sort of", "nobody@firm.example", "", "", ""),
                mapping, MEMBERS);
        assertThat(bad.hasContact()).isFalse();
        assertThat(bad.cellErrors()).containsEntry(1, "Enter Prospect, Client or Former")
                .containsEntry(2, "No member of your firm signs in with this email");
    }

    @Test
    void a_job_row_reads_amounts_fees_dates_and_choices_as_people_type_them() {
        ColumnMapping mapping = new ColumnMapping(List.of(JOB_TITLE, CLIENT, SALARY_MIN, SALARY_MAX, FEE, JOB_STATUS,
                SENIORITY, REMOTE_POLICY, OPENED_ON, SKILLS, OWNER), ";", null);

        JobImport.Parsed row = JobImport.parse(List.of("Finance Director", "Acme", "£55,000", "70k", "20 %",
                "On hold", "Senior", "Fully remote", "31/03/2026", "IFRS; Sage 50", "rita@firm.example"), mapping,
                MEMBERS);
        assertThat(row.cellErrors()).isEmpty();
        assertThat(row.client()).isEqualTo("Acme");
        assertThat(row.draft().title()).isEqualTo("Finance Director");
        assertThat(row.draft().salaryMin()).isEqualByComparingTo("55000");
        assertThat(row.draft().salaryMax()).isEqualByComparingTo("70000");
        assertThat(row.draft().salaryCurrency()).isEqualTo("GBP");
        assertThat(row.draft().fee()).isEqualTo(FeeTerms.percentage(new BigDecimal("20")));
        assertThat(row.draft().status()).isEqualTo(JobStatus.ON_HOLD);
        assertThat(row.draft().seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(row.draft().remotePolicy()).isEqualTo(RemotePolicy.REMOTE);
        assertThat(row.draft().openedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(row.draft().skills()).containsExactly("IFRS", "Sage 50");
        assertThat(row.draft().ownerId()).isEqualTo(OWNER_ID);
    }

    @Test
    void a_job_cell_it_cannot_read_gets_a_message_saying_what_to_enter() {
        ColumnMapping mapping = new ColumnMapping(List.of(JOB_TITLE, SALARY_MIN, FEE, JOB_STATUS, OPENED_ON,
                CLOSED_ON), ",", null);

        JobImport.Parsed row = JobImport.parse(List.of("Analyst", "lots", "20", "Maybe", "next week", "2026-02-30"),
                mapping, MEMBERS);

        assertThat(row.cellErrors()).containsEntry(1, "Enter an amount such as 55000")
                .containsEntry(2, "Enter a percentage such as 20% or an amount with its currency such as 15000 EUR")
                .containsEntry(3, "Enter Open, On hold, Filled or Cancelled")
                .containsEntry(4, "Enter a date such as 2026-03-31 or 31/03/2026")
                .containsEntry(5, "Enter a date such as 2026-03-31 or 31/03/2026");
    }

    @Test
    void a_fixed_fee_needs_its_currency_and_decimals_are_read_either_way() {
        assertThat(JobImport.fee("15,000 EUR")).isEqualTo(FeeTerms.fixed(new BigDecimal("15000"), "EUR"));
        assertThat(JobImport.fee("€12.500,50")).isEqualTo(FeeTerms.fixed(new BigDecimal("12500.5"), "EUR"));
        assertThat(JobImport.fee("12.5%")).isEqualTo(FeeTerms.percentage(new BigDecimal("12.5")));
        assertThat(JobImport.fee("15000")).isNull();
        assertThat(RecordCells.date("3/31/26")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(RecordCells.date("1 Mar 2026")).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
