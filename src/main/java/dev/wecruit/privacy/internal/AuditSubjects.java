package dev.wecruit.privacy.internal;

import dev.wecruit.platform.crypto.BlindIndex;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How the privacy feature's audit entries name a candidate: by a keyed hash of the id, which says nothing about the
 * person, survives their erasure, and can be checked by whoever kept the id (the same firm and key give the same
 * hash).
 */
@Component
public class AuditSubjects {

    private final BlindIndex blindIndex;

    AuditSubjects(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    public String candidate(UUID candidateId) {
        return "Candidate " + blindIndex.recordTerm("candidate", candidateId);
    }
}
