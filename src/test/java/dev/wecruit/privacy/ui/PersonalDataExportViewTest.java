package dev.wecruit.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.privacy.ExportStatus;
import dev.wecruit.privacy.PersonalDataExportService;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PersonalDataExportViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;
    @Autowired PersonalDataExportService exports;

    TestFirms.CreatedFirm firm;
    UUID zoe;

    @BeforeEach
    void aFirmWithACandidate() {
        firm = TestFirms.aFirm("Subject Access Partners").withMember(Role.RECRUITER).withMember(Role.VIEWER)
                .create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
        zoe = candidates.create(aCandidate().named("Zoë", "Okafor").withEmail("zoe.okafor@example.com").draft())
                .id();
    }

    @Test
    void a_recruiter_exports_from_the_candidate_page_and_gets_a_download_link_when_it_is_ready() {
        UI.getCurrent().navigate("candidates/" + zoe);
        assertThat(pageText()).contains("No export yet");

        _click(_get(Button.class, spec -> spec.withClasses("export-personal-data")));

        // the export is made in the background; its end arrives through UI.access, as Push delivers it
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return !_find(Anchor.class, spec -> spec.withClasses("download-personal-data")).isEmpty();
        });
        assertThat(pageText()).contains("Asked for by RECRUITER of Subject Access Partners")
                .doesNotContain("No export yet");
        assertThat(exports.exportsOf(zoe)).singleElement()
                .satisfies(export -> assertThat(export.status()).isEqualTo(ExportStatus.READY));
    }

    @Test
    void a_viewer_sees_neither_the_action_nor_the_exports() {
        exports.start(zoe);
        signIn(firm.member(Role.VIEWER));

        UI.getCurrent().navigate("candidates/" + zoe);

        assertThat(pageText()).contains("Zoë Okafor").doesNotContain("Personal data exports", "No export yet");
        assertThat(_find(Button.class, spec -> spec.withClasses("export-personal-data"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("personal-data-exports"))).isEmpty();
    }
}
