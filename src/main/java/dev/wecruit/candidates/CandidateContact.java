package dev.wecruit.candidates;

import java.util.List;

/**
 * A candidate's contact details, decrypted: personal data that only some credentials may read
 * ({@link CandidateService#contactsOf}). Emails and phones come primary first.
 */
public record CandidateContact(List<String> emails, List<String> phones, String address, String linkedinUrl) {

    public CandidateContact {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }
}
