package dev.wecruit.platform.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints "what went wrong / what to do" for an embedded database that could not start. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartupException cause) {
        return new FailureAnalysis(
                "Wecruit's embedded PostgreSQL could not start (" + cause.reason() + "): " + cause.getMessage(),
                cause.action(),
                cause);
    }
}
