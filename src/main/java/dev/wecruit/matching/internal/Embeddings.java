package dev.wecruit.matching.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The in-process embedding model (decision 0019): BAAI's bge-small-en-v1.5, quantised, run by ONNX Runtime from the
 * jar, offline. Loaded on first use (about a second and 300 MB of native memory), so a node that never matches never
 * pays for it. Vectors are L2-normalised, 384 numbers.
 */
@Component
public class Embeddings {

    /** Stored with every vector, so a change of model shows which rows to make again. */
    public static final String MODEL = "bge-small-en-v1.5-q";

    private volatile EmbeddingModel model;

    /** The vectors of the texts, in their order. */
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model().embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    public float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new BgeSmallEnV15QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
