package dev.wecruit.candidates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds candidate drafts: {@code aCandidate().named("John", "Smith").withEmail("john@example.com").draft()}. */
public final class TestCandidates {

    private String firstName = "Maria";
    private String lastName = "Lopez";
    private final List<String> emails = new ArrayList<>();
    private final List<String> phones = new ArrayList<>();
    private String address = "12 High Street, London";
    private String linkedinUrl;
    private String location = "London";
    private String currentTitle = "Senior Accountant";
    private String currentCompany = "Brightwater Health";
    private final List<String> skills = new ArrayList<>(List.of("IFRS", "Month-end close"));
    private final List<String> tags = new ArrayList<>();
    private UUID ownerId;
    private LawfulBasis lawfulBasis = LawfulBasis.LEGITIMATE_INTEREST;
    private LocalDate consentGivenOn;
    private ConsentMethod consentMethod;
    private LocalDate consentExpiresOn;
    private Boolean legalHold;
    private String legalHoldReason;

    public static TestCandidates aCandidate() {
        return new TestCandidates();
    }

    public TestCandidates named(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    public TestCandidates withTitle(String title) {
        this.currentTitle = title;
        return this;
    }

    public TestCandidates withEmail(String email) {
        emails.add(email);
        return this;
    }

    public TestCandidates withPhone(String phone) {
        phones.add(phone);
        return this;
    }

    public TestCandidates withLinkedin(String url) {
        this.linkedinUrl = url;
        return this;
    }

    public TestCandidates withSkill(String skill) {
        skills.add(skill);
        return this;
    }

    public TestCandidates withTag(String tag) {
        tags.add(tag);
        return this;
    }

    public TestCandidates ownedBy(UUID memberId) {
        this.ownerId = memberId;
        return this;
    }

    public TestCandidates locatedIn(String location) {
        this.location = location;
        return this;
    }

    public TestCandidates titled(String title, String company) {
        this.currentTitle = title;
        this.currentCompany = company;
        return this;
    }

    public TestCandidates heldOn(LawfulBasis basis) {
        this.lawfulBasis = basis;
        return this;
    }

    /** Consent given on a day, by email reply, expiring on another (or never, for null). */
    public TestCandidates consentedOn(LocalDate given, LocalDate expires) {
        this.lawfulBasis = LawfulBasis.CONSENT;
        this.consentGivenOn = given;
        this.consentMethod = ConsentMethod.EMAIL_REPLY;
        this.consentExpiresOn = expires;
        return this;
    }

    /** On legal hold for this reason: only an admin may create such a draft. */
    public TestCandidates onLegalHold(String reason) {
        this.legalHold = true;
        this.legalHoldReason = reason;
        return this;
    }

    public CandidateDraft draft() {
        return new CandidateDraft(firstName, lastName, List.copyOf(emails), List.copyOf(phones), address, linkedinUrl,
                location, currentTitle, currentCompany, List.copyOf(skills), 8,
                List.of(new WorkExperience(currentTitle, currentCompany, 2019, null, "Group reporting"),
                        new WorkExperience("Accountant", "Corvid Analytics", 2015, 2019, null)),
                List.of(new Education("University of Leeds", "BSc Accounting and Finance", 2015)),
                "LinkedIn", ownerId, List.copyOf(tags), lawfulBasis, consentGivenOn, null, consentMethod,
                consentExpiresOn, legalHold, legalHoldReason);
    }

    private TestCandidates() {
    }
}
