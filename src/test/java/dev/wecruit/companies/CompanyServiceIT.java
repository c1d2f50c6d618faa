package dev.wecruit.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.companies.internal.CompanyRepository;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.platform.persistence.Records;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CompanyServiceIT extends FirmTest {

    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired CompanyRepository companyRepository;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void a_company_and_its_contacts_are_saved_and_found() {
        CompanySummary company = companies.create(new CompanyDraft(" Corvid Analytics ", "corvid.example",
                "Data & AI", "Leeds, United Kingdom", CompanyStatus.PROSPECT, null));
        ContactDetails anna = companies.createContact(new ContactDraft(company.id(), "Anna", "Meyer",
                "VP Engineering", "Anna.Meyer@Corvid.example", "0113 496 0000", null));

        assertThat(company.name()).isEqualTo("Corvid Analytics");
        assertThat(company.website()).isEqualTo("https://corvid.example");
        assertThat(anna.email()).isEqualTo("anna.meyer@corvid.example");
        assertThat(anna.phone()).isEqualTo("+441134960000");
        assertThat(companies.contactsOf(company.id())).extracting(ContactDetails::fullName)
                .containsExactly("Anna Meyer");
        assertThat(companies.findContactsByEmail("ANNA.MEYER@corvid.example")).hasSize(1);
        assertThat(companies.searchContactsByName("ann mey")).extracting(ContactDetails::id).containsExactly(anna.id());
        assertThat(companies.search("corvid", List.of(), PageRequest.of(0, 10))).extracting(CompanySummary::id)
                .containsExactly(company.id());
    }

    @Test
    void bad_input_gets_a_message_per_field_and_nothing_is_saved() {
        assertThatThrownBy(() -> companies.create(new CompanyDraft("", "not a url", "x".repeat(101), null, null,
                UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "website", "industry", "status", "ownerId"));
        CompanySummary company = companies.create(TestCompanies.aCompany());
        assertThatThrownBy(() -> companies.createContact(new ContactDraft(company.id(), "Anna", "", null,
                "anna@", "abc", "https://example.com/anna")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("lastName", "email", "phone", "linkedinUrl"));
        assertThat(companies.contactsOf(company.id())).isEmpty();
        assertThat(companies.search("", List.of(), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void a_hiring_manager_cannot_move_to_another_company_while_a_job_names_them() {
        CompanySummary company = companies.create(TestCompanies.aCompany());
        CompanySummary other = companies.create(TestCompanies.aCompany());
        ContactDetails manager = companies.createContact(TestCompanies.aContactAt(company.id()));
        jobs.create(TestJobs.aJobAt(company.id(), manager.id()));
        ContactDraft moved = TestCompanies.aContactAt(other.id());

        assertThatThrownBy(() -> companies.updateContact(manager.id(), manager.version(), moved))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("companyId")).contains("hiring manager"));
        assertThat(companies.getContact(manager.id()).companyId()).isEqualTo(company.id());
    }

    @Test
    void a_change_that_loses_the_race_at_flush_time_is_refused_as_stale() {
        CompanySummary company = companies.create(TestCompanies.aCompany("Northgate Freight"));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            var loaded = companyRepository.findById(company.id()).orElseThrow();
            // someone else's edit commits between this transaction's read and its write
            var concurrent = new TransactionTemplate(transactionManager);
            concurrent.setPropagationBehavior(
                    TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            concurrent.executeWithoutResult(other -> jdbc.update(
                    "update companies set name = 'Northgate', version = version + 1 where id = ?", company.id()));
            loaded.change("Northgate Freight Ltd", null, null, null, CompanyStatus.CLIENT, null);
            Records.saveChanges(companyRepository, loaded);
        })).isInstanceOf(StaleRecordException.class);
        assertThat(companies.get(company.id()).name()).isEqualTo("Northgate");
    }

    @Test
    void a_stale_edit_is_refused() {
        CompanySummary company = companies.create(TestCompanies.aCompany("Brightwater Health"));
        companies.update(company.id(), company.version(), TestCompanies.aCompany("Brightwater Health Group"));

        assertThatThrownBy(() -> companies.update(company.id(), company.version(),
                TestCompanies.aCompany("Brightwater")))
                .isInstanceOf(StaleRecordException.class);
        assertThat(companies.get(company.id()).name()).isEqualTo("Brightwater Health Group");
    }
}
