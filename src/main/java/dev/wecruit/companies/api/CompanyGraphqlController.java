package dev.wecruit.companies.api;

import dev.wecruit.platform.graphql.FilterInputs;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.platform.graphql.NodeLoader;
import dev.wecruit.platform.graphql.Paging;
import dev.wecruit.companies.CompanyField;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.shared.RecordFilter;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.api.Owners;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

/** Companies and their contacts in the API ({@code companies.graphqls}), read through {@link CompanyService}. */
@Controller
class CompanyGraphqlController {

    static final String COMPANY = "Company";
    static final String CONTACT = "Contact";

    private static final FilterInputs<CompanyField> FILTERS = FilterInputs.of(CompanyField.class)
            .text("name", CompanyField.NAME)
            .text("industry", CompanyField.INDUSTRY)
            .text("location", CompanyField.LOCATION)
            .choice("status", CompanyField.STATUS, CompanyStatus.class)
            .id("owner", CompanyField.OWNER, "Member")
            .time("createdAt", CompanyField.CREATED_AT)
            .time("updatedAt", CompanyField.UPDATED_AT);
    private static final RecordFilter.Order<CompanyField> BY_NAME = new RecordFilter.Order<>(CompanyField.NAME, true);

    private final CompanyService companies;
    private final Paging paging;
    private final Owners owners;

    CompanyGraphqlController(CompanyService companies, Paging paging, Owners owners) {
        this.companies = companies;
        this.owners = owners;
        this.paging = paging;
    }

    @QueryMapping
    Window<CompanySummary> companies(ScrollSubrange subrange, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy) {
        return companies.scroll(FILTERS.parse(filter), FILTERS.order(orderBy, BY_NAME), paging.position(subrange),
                paging.size(subrange));
    }

    @SchemaMapping(typeName = COMPANY)
    String id(CompanySummary company) {
        return GlobalId.of(COMPANY, company.id());
    }

    @BatchMapping(typeName = COMPANY)
    Map<CompanySummary, List<ContactDetails>> contacts(List<CompanySummary> companiesOfPage) {
        Map<UUID, List<ContactDetails>> contacts = companies.contactsOf(companiesOfPage.stream()
                .map(CompanySummary::id).toList());
        return companiesOfPage.stream().collect(Collectors.toMap(company -> company,
                company -> contacts.getOrDefault(company.id(), List.of())));
    }

    @BatchMapping(typeName = COMPANY)
    Map<CompanySummary, MemberSummary> owner(List<CompanySummary> companiesOfPage) {
        return owners.of(companiesOfPage, CompanySummary::ownerId);
    }

    @SchemaMapping(typeName = CONTACT)
    String id(ContactDetails contact) {
        return GlobalId.of(CONTACT, contact.id());
    }

    @BatchMapping(typeName = CONTACT)
    Map<ContactDetails, CompanySummary> company(List<ContactDetails> contacts) {
        Map<UUID, CompanySummary> found = companies.findAll(contacts.stream().map(ContactDetails::companyId)
                .distinct().toList());
        return contacts.stream().filter(contact -> found.containsKey(contact.companyId()))
                .collect(Collectors.toMap(contact -> contact, contact -> found.get(
                        contact.companyId())));
    }

    @Component
    static class CompanyNodes implements NodeLoader {

        private final CompanyService companies;

        CompanyNodes(CompanyService companies) {
            this.companies = companies;
        }

        @Override
        public String type() {
            return COMPANY;
        }

        @Override
        public Class<?> javaType() {
            return CompanySummary.class;
        }

        @Override
        public Map<UUID, ?> load(Collection<UUID> ids) {
            return companies.findAll(ids);
        }
    }

    @Component
    static class ContactNodes implements NodeLoader {

        private final CompanyService companies;

        ContactNodes(CompanyService companies) {
            this.companies = companies;
        }

        @Override
        public String type() {
            return CONTACT;
        }

        @Override
        public Class<?> javaType() {
            return ContactDetails.class;
        }

        @Override
        public Map<UUID, ?> load(Collection<UUID> ids) {
            return companies.findContacts(ids);
        }
    }
}
