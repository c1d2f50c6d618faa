package dev.wecruit.candidates;

/** Why the firm may hold a candidate's personal data (GDPR article 6). */
public enum LawfulBasis {
    CONSENT,
    LEGITIMATE_INTEREST,
    CONTRACT,
    LEGAL_OBLIGATION
}
