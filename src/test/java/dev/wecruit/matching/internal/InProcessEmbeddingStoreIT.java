package dev.wecruit.matching.internal;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The exact store of the embedded PostgreSQL, through LangChain4j's interface: filters, and rows it refuses. */
@IntegrationTest
class InProcessEmbeddingStoreIT extends FirmTest {

    @Autowired CandidateService candidates;
    @Autowired MatchIndexing indexing;
    @Autowired CandidateVectors vectors;
    @Autowired Embeddings embeddings;
    @Autowired CurrentTenant currentTenant;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_search_keeps_to_its_filter_and_a_vector_without_its_candidate_is_refused() {
        assumeFalse(vectors.onPgvector(), "pgvector's store serves this database");
        UUID payroll = candidates.create(MatchingFirm.candidate("Amrita", "Kaur", "Payroll Officer", "Northgate",
                "Leeds", List.of("Sage 50 Payroll"), new WorkExperience("Payroll Officer", "Northgate", 2019, null,
                        "Monthly payroll."))).id();
        UUID nurse = candidates.create(MatchingFirm.candidate("Grace", "Adeyemi", "Staff Nurse", "St James's",
                "Leeds", List.of("Triage"), new WorkExperience("Staff Nurse", "St James's", 2018, null,
                        "Acute ward."))).id();
        indexing.indexStaleNow(10);
        var store = new InProcessEmbeddingStore(jdbc, currentTenant);
        Embedding query = Embedding.from(embeddings.embed("payroll officer"));

        List<EmbeddingMatch<TextSegment>> all = transactions.execute(status -> store.search(
                EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(10).build()).matches());
        List<EmbeddingMatch<TextSegment>> nursesOnly = transactions.execute(status -> store.search(
                EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(10)
                        .filter(metadataKey("candidate_id").isEqualTo(nurse)).build()).matches());

        assertThat(all.getFirst().embedded().metadata().getUUID("candidate_id")).isEqualTo(payroll);
        assertThat(nursesOnly).isNotEmpty()
                .allSatisfy(match -> assertThat(match.embedded().metadata().getUUID("candidate_id")).isEqualTo(nurse));
        assertThatThrownBy(() -> store.add(query)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("candidate_id");
    }
}
