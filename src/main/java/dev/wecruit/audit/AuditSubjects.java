package dev.wecruit.audit;

import dev.wecruit.platform.crypto.BlindIndex;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How audit entries name a candidate (retention, erasure, exports, legal holds): by a keyed hash of the id, which
 * says nothing about the person, survives their erasure, and can be checked by whoever kept the id (the same firm
 * and key give the same hash). The log is append-only and outlives the people it mentions, so it never names them.
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
