package dev.wecruit.matching.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The in-process embedding model (decision 0019): BAAI's bge-small-en-v1.5, quantised, run by ONNX Runtime from the
 * jar, offline. Loaded on first use (about a second and 300 MB of native memory), so a node that never matches never
 * pays for it. Vectors are L2-normalised, 384 numbers. {@code wecruit.matching.embedding-model=all-minilm-l6-v2}
 * takes the model the benchmark compares it with, when its jar is on the class path (it is a test dependency).
 */
@Component
public class Embeddings {

    static final String BGE_SMALL = "bge-small-en-v1.5-q";
    static final String MINILM = "all-minilm-l6-v2";

    private final String name;
    private volatile EmbeddingModel model;

    Embeddings(@Value("${wecruit.matching.embedding-model:" + BGE_SMALL + "}") String name) {
        if (!name.equals(BGE_SMALL) && !name.equals(MINILM)) {
            throw new IllegalArgumentException("wecruit.matching.embedding-model is " + BGE_SMALL + " or " + MINILM
                    + ", not " + name);
        }
        this.name = name;
    }

    /** The model's name, stored with every vector, so a change of model shows which rows to make again. */
    public String model() {
        return name;
    }

    /** The vectors of the texts, in their order. */
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return loaded().embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    public float[] embed(String text) {
        return loaded().embed(text).content().vector();
    }

    private static EmbeddingModel minilm() {
        try {
            return (EmbeddingModel) Class.forName(
                    "dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel")
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("all-MiniLM-L6-v2 is not on the class path", e);
        }
    }

    private EmbeddingModel loaded() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = name.equals(BGE_SMALL) ? new BgeSmallEnV15QuantizedEmbeddingModel() : minilm();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
