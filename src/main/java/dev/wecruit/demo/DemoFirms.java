package dev.wecruit.demo;

import dev.wecruit.tenancy.Role;
import java.util.List;

/** The demo firms and their people. Fixed, so the README and the login page can name the logins. */
final class DemoFirms {

    record Person(String email, String displayName, String password, Role role) {
    }

    record Firm(String name, String slug, List<Person> people) {
    }

    static final Firm NORTHWIND = new Firm("Northwind Talent", "northwind-talent", List.of(
            new Person("admin@northwind.example", "Ada Admin", "northwind-admin", Role.ADMIN),
            new Person("recruiter@northwind.example", "Rick Recruiter", "northwind-recruiter", Role.RECRUITER)));

    /** A second firm, so that tenant isolation can be seen: its people never see Northwind's data. */
    static final Firm GLOBEX = new Firm("Globex Search Partners", "globex-search", List.of(
            new Person("admin@globex.example", "Grace Globex", "globex-admin-pass", Role.ADMIN)));

    static final List<Firm> ALL = List.of(NORTHWIND, GLOBEX);

    private DemoFirms() {
    }
}
