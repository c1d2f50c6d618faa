package dev.wecruit.matching.internal;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.matching.MatchingFirm;
import dev.wecruit.tenancy.CurrentTenant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pgvector store (CI's PostgreSQL): the ranking's own query answers what pgvector's module answers, under the
 * firm's row-level security.
 */
@IntegrationTest
class HnswEmbeddingStoreIT extends FirmTest {

    @Autowired CandidateService candidates;
    @Autowired MatchIndexing indexing;
    @Autowired CandidateVectors vectors;
    @Autowired Embeddings embeddings;
    @Autowired CurrentTenant currentTenant;
    @Autowired TransactionTemplate transactions;

    @Test
    void the_rankings_search_returns_the_chunks_and_scores_that_pgvectors_module_returns() {
        assumeTrue(vectors.onPgvector(), "the exact in-process store serves this database");
        UUID payroll = candidates.create(MatchingFirm.candidate("Amrita", "Kaur", "Payroll Officer", "Northgate",
                "Leeds", List.of("Sage 50 Payroll"), new WorkExperience("Payroll Officer", "Northgate", 2019, null,
                        "Monthly payroll for 800 staff."))).id();
        candidates.create(MatchingFirm.candidate("Grace", "Adeyemi", "Staff Nurse", "St James's", "Leeds",
                List.of("Triage"), new WorkExperience("Staff Nurse", "St James's", 2018, null, "Acute ward.")));
        candidates.create(MatchingFirm.candidate("Tom", "Reilly", "Management Accountant", "Arla", "Leeds",
                List.of("Month-end close"), new WorkExperience("Management Accountant", "Arla", 2020, null,
                        "Budgets and forecasts.")));
        indexing.indexStaleNow(10);
        UUID tenantId = currentTenant.currentTenantId().orElseThrow();
        var store = vectors.store();
        Embedding query = Embedding.from(embeddings.embed("payroll officer who knows Sage"));

        List<EmbeddingMatch<TextSegment>> ours = transactions.execute(status -> store.search(
                EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(5).build()).matches());
        // a filter sends the search to pgvector's module
        List<EmbeddingMatch<TextSegment>> modules = transactions.execute(status -> store.search(
                EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(5)
                        .filter(metadataKey("tenant_id").isEqualTo(tenantId)).build()).matches());

        assertThat(ours).hasSize(modules.size()).isNotEmpty();
        assertThat(ours).extracting(EmbeddingMatch::embeddingId)
                .containsExactlyElementsOf(modules.stream().map(EmbeddingMatch::embeddingId).toList());
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i).score()).isCloseTo(modules.get(i).score(), Offset.offset(1e-6));
            assertThat(ours.get(i).embedded().text()).isEqualTo(modules.get(i).embedded().text());
            assertThat(ours.get(i).embedded().metadata().getUUID("tenant_id")).isEqualTo(tenantId);
        }
        assertThat(ours.getFirst().embedded().metadata().getUUID("candidate_id")).isEqualTo(payroll);
    }
}
