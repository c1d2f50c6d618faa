package dev.wecruit.intake.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactsTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mobile: 07911 123456            | GB | +447911123456
            Tel: +44 (0)20 7946 0958        | GB | +442079460958
            Phone: (212) 555-0199           | US | +12125550199
            Cell: 415-555-2671              | US | +14155552671
            Telefon: 030 1234567            | DE | +49301234567
            Mobil: +49 (0) 151 2345 6789    | GB | +4915123456789
            Tél. : 06 12 34 56 78           | FR | +33612345678
            Téléphone : +33 1 42 68 53 00   | GB | +33142685300
            Phone: +91 98765 43210          | GB | +919876543210
            Mobile: 098765 43210            | IN | +919876543210
            Celular: (11) 91234-5678        | BR | +5511912345678
            WhatsApp: +55 21 98765 4321     | GB | +5521987654321
            Mob: 0044 7911 123456           | GB | +447911123456
            """)
    void international_phone_formats_become_e164(String line, String region, String e164) {
        List<Proposal<String>> phones = Contacts.phones(line, region, offset -> true);

        assertThat(phones).extracting(Proposal::value).containsExactly(e164);
        assertThat(phones.get(0).confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void dates_and_year_ranges_are_not_phone_numbers() {
        String text = "Date of birth: 12.03.1990\nSoftware Engineer 2019 - 2021\n01/2019 - 06/2021\nMay 2015 2019 2021";

        assertThat(Contacts.phones(text, "DE", offset -> true)).isEmpty();
    }

    @Test
    void a_fax_number_is_not_the_candidates_phone() {
        assertThat(Contacts.phones("Fax: 020 7946 0000 | Tel: 020 7946 0958", "GB", offset -> true))
                .extracting(Proposal::value).containsExactly("+442079460958");
    }

    @Test
    void a_number_that_is_merely_possible_counts_only_in_the_contact_area() {
        String text = "Order reference 07700 900123 shipped";

        assertThat(Contacts.phones(text, "GB", offset -> false)).isEmpty();
        assertThat(Contacts.phones(text, "GB", offset -> true)).extracting(Proposal::value)
                .containsExactly("+447700900123");
    }

    @Test
    void emails_are_lower_cased_validated_and_deduplicated() {
        String text = "Email: Jane.Doe@Example.co.uk, mailto:jane.doe@example.co.uk; bad..dots@x.com, not@an, "
                + "zoë.müller@example.de";

        assertThat(Contacts.emails(text)).extracting(Proposal::value)
                .containsExactly("jane.doe@example.co.uk", "zoë.müller@example.de");
    }

    @Test
    void linkedin_urls_are_normalised_to_www_and_the_in_path() {
        for (String written : List.of("linkedin.com/in/Jane-Doe-42/", "https://uk.linkedin.com/in/jane-doe-42",
                "http://www.linkedin.com/in/jane-doe-42?trk=profile", "LinkedIn: jane-doe-42")) {
            Contacts.Links links = Contacts.links(written, offset -> true, List.of(), Set.of());
            assertThat(links.linkedin().value()).as(written).isEqualTo("https://www.linkedin.com/in/jane-doe-42");
        }
    }

    @Test
    void profile_links_count_anywhere_but_a_bare_domain_only_near_the_contacts() {
        String text = "janedoe.dev | jane@janedoe.co.uk\nBuilt the site for Booking.com and acme-shop.com\n"
                + "Code: https://github.com/janedoe/ and https://gitlab.com/jdoe";

        Contacts.Links links = Contacts.links(text, offset -> offset < 30, List.of(), Set.of("janedoe.co.uk"));

        assertThat(links.others()).extracting(Proposal::value)
                .containsExactly("https://janedoe.dev", "https://github.com/janedoe", "https://gitlab.com/jdoe");
    }

    @Test
    void skill_names_written_like_domains_are_not_websites() {
        Contacts.Links links = Contacts.links("ASP.NET, Node.js, Vue.js, Monday.com", offset -> true, List.of(),
                Set.of());

        assertThat(links.others()).isEmpty();
    }

    @Test
    void a_linkedin_address_broken_after_a_hyphen_in_a_narrow_column_is_read_whole() {
        Contacts.Links links = Contacts.links("linkedin.com/in/tomasz-nowak-\n7f3e2/\nWarsaw", offset -> true,
                List.of(), Set.of());

        assertThat(links.linkedin().value()).isEqualTo("https://www.linkedin.com/in/tomasz-nowak-7f3e2");
    }

    @Test
    void numbers_without_a_country_code_follow_the_cvs_other_numbers_its_language_or_their_grouping() {
        CvFields american = TestCvs.parse("Dana Reyes\n737.284.1190 | +1 415 867 2291\ndana@example.com\n", "GB");
        CvFields spanish = TestCvs.parse("""
                Dana Reyes
                612 48 39 27 | dana@example.com

                Perfil
                Técnica de laboratorio con experiencia en la gestión de los análisis y en el control de la calidad
                para una empresa del sector.
                """, "GB");
        CvFields grouped = TestCvs.parse("Dana Reyes\n512-874-3391\ndana@example.com\n", "GB");

        assertThat(american.phones()).extracting(Proposal::value).containsExactly("+17372841190", "+14158672291");
        assertThat(spanish.phones()).extracting(Proposal::value).containsExactly("+34612483927");
        assertThat(grouped.phones()).extracting(Proposal::value).containsExactly("+15128743391");
    }
}
