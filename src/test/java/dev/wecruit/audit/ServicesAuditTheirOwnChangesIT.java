package dev.wecruit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.ai.AiProvider;
import dev.wecruit.ai.AiSettingsDraft;
import dev.wecruit.ai.AiSettingsService;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.MemberAdministrationService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.jobs.StageDefinition;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.StageService;
import dev.wecruit.privacy.PersonalDataExportService;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.FirmProfile;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Each service that changes something the audit log records writes the entry itself, in the change's transaction:
 * called directly, as the API, background work or an import will call it, and not only through the admin views.
 */
@IntegrationTest
class ServicesAuditTheirOwnChangesIT {

    @Autowired dev.wecruit.platform.crypto.BlindIndex blindIndex;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired StageService stages;
    @Autowired AiSettingsService ai;
    @Autowired ApiKeyService apiKeys;
    @Autowired MemberAdministrationService members;
    @Autowired AuditLog audit;
    @Autowired CandidateService candidates;
    @Autowired PersonalDataExportService exports;

    TestFirms.CreatedFirm firm;

    @BeforeEach
    void signInAsAnAdmin() {
        firm = TestFirms.aFirm("Self Auditing").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.ADMIN));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void changing_the_firm_profile_records_what_changed_and_by_whom() {
        FirmProfile before = organizations.profile();

        organizations.changeProfile(new FirmProfile("Self Auditing Partners", "CHF", before.retentionMonths(),
                before.timeZone()));

        assertThat(entries(AuditAction.SETTINGS_CHANGED)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).contains(firm.member(Role.ADMIN).email());
            assertThat(entry.subject()).isEqualTo("Firm");
            assertThat(entry.detail()).isEqualTo("name \"Self Auditing\" → \"Self Auditing Partners\"; currency "
                    + before.defaultCurrency() + " → CHF");
        });
    }

    @Test
    void saving_the_firm_profile_unchanged_or_invalid_records_nothing() {
        FirmProfile before = organizations.profile();

        organizations.changeProfile(before);
        assertThatThrownBy(() -> organizations.changeProfile(new FirmProfile("", "CHF", 0, null)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(entries(AuditAction.SETTINGS_CHANGED)).isEmpty();
        assertThat(organizations.profile()).isEqualTo(before);
    }

    @Test
    void replacing_the_stage_template_records_the_new_stages() {
        stages.replaceStageTemplate(List.of(new StageDefinition("Longlist", StageKind.ACTIVE),
                new StageDefinition("Hired", StageKind.HIRED), new StageDefinition("Declined", StageKind.REJECTED)));

        assertThat(entries(AuditAction.STAGE_TEMPLATE_CHANGED)).singleElement().satisfies(entry ->
                assertThat(entry.detail()).isEqualTo("Longlist, Hired (hired), Declined (rejected)"));
    }

    @Test
    void saving_the_ai_settings_records_the_server_and_the_key_replaced_but_never_the_key() {
        ai.save(new AiSettingsDraft(AiProvider.OPENAI_COMPATIBLE, "https://llm.example.com/v1", "gpt-4o-mini", null,
                "sk-secret-123", false), ai.settings().version());

        assertThat(entries(AuditAction.AI_SETTINGS_CHANGED)).singleElement().satisfies(entry -> {
            assertThat(entry.detail()).contains("an OpenAI-compatible server", "server https://llm.example.com/v1",
                    "models gpt-4o-mini / built-in", "API key replaced").doesNotContain("sk-secret-123");
        });
    }

    @Test
    void creating_and_revoking_an_api_key_records_both() {
        var key = apiKeys.create("Payroll sync", Role.VIEWER, LocalDate.now(ZoneOffset.UTC).plusMonths(1));
        apiKeys.revoke(key.key().id());

        assertThat(entries(AuditAction.API_KEY_CREATED)).singleElement().extracting(AuditEntry::subject).asString()
                .startsWith("\"Payroll sync\"");
        assertThat(entries(AuditAction.API_KEY_REVOKED)).hasSize(1);
    }

    @Test
    void inviting_a_member_changing_their_role_and_deactivating_them_records_each_step() {
        var invited = members.invite("new-hire-" + firm.id().toString().substring(24) + "@self-auditing.test",
                "New Hire", Role.VIEWER);
        members.changeRole(invited.memberId(), Role.RECRUITER);
        members.setActive(invited.memberId(), false);

        assertThat(entries(AuditAction.MEMBER_INVITED)).singleElement().extracting(AuditEntry::detail)
                .isEqualTo("As viewer");
        assertThat(entries(AuditAction.MEMBER_ROLE_CHANGED)).singleElement().extracting(AuditEntry::detail)
                .isEqualTo("Viewer → Recruiter");
        assertThat(entries(AuditAction.MEMBER_DEACTIVATED)).singleElement().extracting(AuditEntry::subject)
                .asString().contains("New Hire");
    }

    @Test
    void changing_ones_password_records_it_and_reactivating_a_member_too() {
        accounts.changePassword(firm.member(Role.ADMIN).password(), "a-new-password-of-mine");
        var recruiter = organizations.members().stream().filter(member -> member.role() == Role.RECRUITER)
                .findFirst().orElseThrow();
        members.setActive(recruiter.id(), false);
        members.setActive(recruiter.id(), true);

        assertThat(entries(AuditAction.PASSWORD_CHANGED)).singleElement().extracting(AuditEntry::actor).asString()
                .contains(firm.member(Role.ADMIN).email());
        assertThat(entries(AuditAction.MEMBER_REACTIVATED)).singleElement().extracting(AuditEntry::subject)
                .asString().contains(recruiter.displayName());
    }

    @Test
    void starting_a_personal_data_export_records_who_asked_for_which_candidate_by_a_keyed_hash() {
        UUID candidate = candidates.create(TestCandidates.aCandidate().named("Hana", "Kowalski").draft()).id();

        exports.start(candidate);

        assertThat(entries(AuditAction.PERSONAL_DATA_EXPORT_STARTED)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).contains(firm.member(Role.ADMIN).email());
            assertThat(entry.subject()).isEqualTo("Candidate " + blindIndex.recordTerm("candidate", candidate))
                    .doesNotContain("Kowalski");
        });
    }

    @Test
    void putting_a_candidate_on_legal_hold_and_lifting_it_are_audited_without_their_name_or_the_reason() {
        CandidateDetails held = candidates.create(TestCandidates.aCandidate().named("Ilse", "Brandauer").draft()
                .toBuilder().legalHold(true).legalHoldReason("Ilse's tribunal claim").build());
        CandidateDetails lifted = candidates.update(held.id(), held.version(), held.toDraft().toBuilder()
                .legalHold(false).build());
        candidates.update(lifted.id(), lifted.version(), lifted.toDraft().toBuilder().currentTitle("Nurse").build());

        String subject = "Candidate " + blindIndex.recordTerm("candidate", held.id());
        assertThat(entries(AuditAction.LEGAL_HOLD_SET)).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo(subject);
            assertThat(entry.subject() + entry.detail()).doesNotContain("Ilse", "Brandauer", "tribunal");
        });
        assertThat(entries(AuditAction.LEGAL_HOLD_LIFTED)).as("an edit that keeps the hold as it is logs nothing")
                .singleElement().extracting(AuditEntry::subject).isEqualTo(subject);
    }

    private List<AuditEntry> entries(AuditAction action) {
        return audit.entries(new AuditQuery(Set.of(action), null, null, null), Pageable.unpaged());
    }
}
