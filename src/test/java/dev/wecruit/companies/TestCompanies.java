package dev.wecruit.companies;

import java.util.UUID;

/** Drafts of companies and contacts with realistic defaults; names are unique per call. */
public final class TestCompanies {

    public static CompanyDraft aCompany() {
        return aCompany("Halden Logistics " + unique());
    }

    public static CompanyDraft aCompany(String name) {
        return aCompany(name, CompanyStatus.CLIENT);
    }

    public static CompanyDraft aCompany(String name, CompanyStatus status) {
        return new CompanyDraft(name, "halden-logistics.example", "Logistics", "Rotterdam, Netherlands", status,
                null);
    }

    public static ContactDraft aContactAt(UUID companyId) {
        return aContactAt(companyId, "Anna", "Meyer");
    }

    public static ContactDraft aContactAt(UUID companyId, String firstName, String lastName) {
        return new ContactDraft(companyId, firstName, lastName, "Head of Talent Acquisition",
                firstName.toLowerCase() + "." + lastName.toLowerCase() + "-" + unique() + "@halden.example",
                "+31 10 123 4567", "linkedin.com/in/" + firstName.toLowerCase() + "-" + unique());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private TestCompanies() {
    }
}
