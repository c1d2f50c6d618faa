package dev.wecruit.privacy.internal;

import dev.wecruit.candidates.CandidateAnonymised;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A run cut off half-way, for tests (component-scanned from the test classes, on every node): once armed with a
 * candidate, anonymising them fails once, as if the node died there, and the transaction rolls back.
 */
@Component
public class InterruptedAnonymisation {

    public static final AtomicReference<UUID> AT = new AtomicReference<>();

    @EventListener
    void on(CandidateAnonymised anonymised) {
        UUID armed = AT.get();
        if (anonymised.candidateId().equals(armed) && AT.compareAndSet(armed, null)) {
            throw new IllegalStateException("The node stopped while anonymising this candidate");
        }
    }
}
