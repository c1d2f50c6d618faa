package dev.wecruit.companies.api;

import dev.wecruit.companies.CompanyDraft;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.companies.ContactDraft;
import dev.wecruit.platform.graphql.GlobalId;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Creating and changing companies and contacts through the API ({@code company-mutations.graphqls}), with the
 * checks, role and audit of {@link CompanyService}, the service the forms use. Field errors name the input's
 * fields, which are the drafts'.
 */
@Controller
class CompanyMutationsController {

    private final CompanyService companies;

    CompanyMutationsController(CompanyService companies) {
        this.companies = companies;
    }

    @MutationMapping
    CompanySummary createCompany(@Argument CompanyInput input) {
        return companies.create(input.draft());
    }

    @MutationMapping
    CompanySummary updateCompany(@Argument String id, @Argument long version, @Argument CompanyInput input) {
        return companies.update(GlobalId.parse(id, CompanyGraphqlController.COMPANY, "id"), version, input.draft());
    }

    @MutationMapping
    ContactDetails createContact(@Argument ContactInput input) {
        return companies.createContact(input.draft());
    }

    @MutationMapping
    ContactDetails updateContact(@Argument String id, @Argument long version, @Argument ContactInput input) {
        return companies.updateContact(GlobalId.parse(id, CompanyGraphqlController.CONTACT, "id"), version,
                input.draft());
    }

    record CompanyInput(String name, String website, String industry, String location, CompanyStatus status,
            String ownerId) {

        CompanyDraft draft() {
            UUID owner = ownerId == null ? null : GlobalId.parse(ownerId, "Member", "ownerId");
            return new CompanyDraft(name, website, industry, location, status, owner);
        }
    }

    record ContactInput(String companyId, String firstName, String lastName, String title, String email,
            String phone, String linkedinUrl) {

        ContactDraft draft() {
            return new ContactDraft(GlobalId.parse(companyId, CompanyGraphqlController.COMPANY, "companyId"),
                    firstName, lastName, title, email, phone, linkedinUrl);
        }
    }
}
