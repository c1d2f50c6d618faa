package dev.wecruit.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.TestDocuments;
import dev.wecruit.intake.CvIntakeService;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AddFromCvsViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CvIntakeService intake;

    @BeforeEach
    void aRecruiter() {
        var firm = TestFirms.aFirm("Drop Partners").withMember(Role.RECRUITER).withMember(Role.VIEWER)
                .create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
    }

    @Test
    void dropped_cvs_show_their_progress_live_and_why_one_could_not_be_read() {
        UI.getCurrent().navigate("candidates/add-from-cvs");
        Upload upload = _get(Upload.class);
        _upload(upload, "ines.pdf", "application/pdf", TestDocuments.pdf(CvReviewViewTest.CV));
        _upload(upload, "notes.pdf", "application/pdf", "%PDF-1.7 and nothing".getBytes(StandardCharsets.US_ASCII));
        _click(_get(Button.class, spec -> spec.withText("Read 2 CVs")));

        // the progress arrives through UI.access, as Push would deliver it to the browser
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return _get(Span.class, spec -> spec.withClasses("intake-progress-text")).getText()
                    .startsWith("2 of 2 CVs read");
        });
        assertThat(_get(Span.class, spec -> spec.withClasses("intake-progress-text")).getText())
                .isEqualTo("2 of 2 CVs read, 1 could not be read");
        assertThat(pageText()).contains("notes.pdf: This PDF is damaged and cannot be read");
        assertThat(_get(Button.class, spec -> spec.withText("Review 1 CV")).isVisible()).isTrue();
        assertThat(intake.reviewQueue()).hasSize(1);
    }
}
