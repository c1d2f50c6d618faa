package dev.wecruit.intake.internal;

import dev.wecruit.candidates.DocumentService;
import dev.wecruit.intake.CvRejected;
import dev.wecruit.intake.ParsedCv;
import dev.wecruit.intake.parsing.CvFields;
import dev.wecruit.intake.parsing.CvParser;
import dev.wecruit.intake.parsing.SkillTaxonomy;
import dev.wecruit.ai.AiSettings;
import dev.wecruit.ai.AiSettingsService;
import dev.wecruit.ai.ChatModels;
import dev.wecruit.platform.documents.DocumentFormat;
import dev.wecruit.platform.documents.DocumentReader;
import dev.wecruit.platform.documents.ReadDocument;
import dev.wecruit.platform.documents.ReadLimits;
import dev.wecruit.platform.documents.UnreadableDocumentException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads one CV: checks its size and type, reads its text and layout within a page and time limit, proposes fields
 * offline, and, when the firm has configured a language model, asks it too and merges the two, keeping of the
 * model's values only those found in the text. A model that fails or is slow leaves the offline result, with a note.
 */
@Component
public class CvReading {

    private static final Logger log = LoggerFactory.getLogger(CvReading.class);

    private final DocumentReader reader;
    private final CvParser parser;
    private final SkillTaxonomy skills;
    private final DocumentService documents;
    private final AiSettingsService ai;
    private final CvLlmExtractor llm;
    private final Duration timeLimit;
    private final String defaultRegion;
    private final Clock clock;
    private final ExecutorService parsing = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().name("cv-parse-", 0).daemon().factory());

    CvReading(DocumentService documents, AiSettingsService ai, CvLlmExtractor llm, SkillTaxonomy skills,
            @Value("${wecruit.intake.max-pages:30}") int maxPages,
            @Value("${wecruit.intake.parse-time-limit:20s}") Duration timeLimit,
            @Value("${wecruit.phone.default-region:GB}") String defaultRegion, Clock clock) {
        this.reader = new DocumentReader(ReadLimits.defaults().withMaxPages(maxPages));
        this.skills = skills;
        this.parser = new CvParser(skills);
        this.documents = documents;
        this.ai = ai;
        this.llm = llm;
        this.timeLimit = timeLimit;
        this.defaultRegion = defaultRegion;
        this.clock = clock;
    }

    /** The firm's size limit and the file's type, checked before anything is stored. */
    public DocumentFormat check(byte[] content) throws CvRejected {
        if (content == null || content.length == 0) {
            throw new CvRejected(CvRejected.Kind.UNREADABLE, "The file is empty");
        }
        if (content.length > documents.maxSize().toBytes()) {
            throw new CvRejected(CvRejected.Kind.TOO_LARGE, "The file is larger than "
                    + documents.maxSize().toMegabytes() + " MB");
        }
        return DocumentFormat.detect(content).orElseThrow(() -> new CvRejected(CvRejected.Kind.UNSUPPORTED,
                "Only PDF, Word (.docx or .doc) and plain text CVs can be read"));
    }

    /**
     * Reads the CV as the current firm (whose AI settings decide whether a model is asked).
     *
     * @throws CvRejected when it is too large, of another type, or cannot be read within the limits
     */
    public ParsedCv read(String fileName, byte[] content) throws CvRejected {
        DocumentFormat format = check(content);
        Future<ReadAndParsed> work = parsing.submit(() -> {
            ReadDocument document = reader.read(content);
            return new ReadAndParsed(document, parser.parse(document, defaultRegion, clock));
        });
        ReadAndParsed offline;
        try {
            offline = work.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            throw new CvRejected(CvRejected.Kind.UNREADABLE, "Reading this file took longer than "
                    + timeLimit.toSeconds() + " seconds; it may be damaged");
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a CV", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableDocumentException unreadable) {
                throw new CvRejected(unreadable.reason() == UnreadableDocumentException.Reason.UNSUPPORTED_TYPE
                        ? CvRejected.Kind.UNSUPPORTED : CvRejected.Kind.UNREADABLE, unreadable.getMessage(), e);
            }
            throw new IllegalStateException("Reading a " + format + " CV failed", e.getCause());
        }
        ReadDocument document = offline.document();
        AiSettings settings = ai.settings();
        if (!ChatModels.configured(settings)) {
            return new ParsedCv(fileName, format, document.pages(), document.text(), offline.fields(),
                    ParsedCv.Parser.OFFLINE, null);
        }
        try {
            CvLlmExtractor.LlmCv answer = llm.extract(settings, ai.apiKey(), document.text());
            CvFields merged = new CvFieldsMerge(document.text(), skills, defaultRegion).merge(offline.fields(),
                    answer);
            return new ParsedCv(fileName, format, document.pages(), document.text(), merged,
                    ParsedCv.Parser.OFFLINE_AND_LLM, null);
        } catch (RuntimeException e) {
            log.warn("The firm's AI server could not read a CV; the offline reading is used: {}", e.toString());
            return new ParsedCv(fileName, format, document.pages(), document.text(), offline.fields(),
                    ParsedCv.Parser.OFFLINE, "The AI server did not answer in time or failed ("
                    + e.getClass().getSimpleName() + "); these fields come from the offline reader");
        }
    }

    private record ReadAndParsed(ReadDocument document, CvFields fields) {
    }
}
