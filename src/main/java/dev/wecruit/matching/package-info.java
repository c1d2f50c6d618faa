/**
 * Matching (C8): for a job, the firm's best candidates, ranked, with the evidence behind each score; for a candidate,
 * the firm's open jobs that fit; and a sentence searched for by meaning. Retrieval fuses a lexical ranking (BM25 over
 * PostgreSQL's English lexemes) with in-process embeddings (LangChain4j, ONNX) held behind LangChain4j's
 * {@code EmbeddingStore}: pgvector with an HNSW index where the database has it, an exact search in process where it
 * has not. Each of the job's requirements is then scored met, partial or missing with the quote that shows it, and a
 * firm's OpenAI-compatible model, when configured, may re-rank the top with a rationale that quotes only the profile.
 * The text it reads has no contact details and no protected attributes. Nothing is ever rejected automatically.
 */
@ApplicationModule(allowedDependencies = {
        "ai", "candidates", "intake :: parsing", "jobs", "pipeline", "platform :: graphql", "platform :: persistence",
        "shared", "shell", "tenancy", "work"})
package dev.wecruit.matching;

import org.springframework.modulith.ApplicationModule;
