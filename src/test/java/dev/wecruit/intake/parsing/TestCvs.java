package dev.wecruit.intake.parsing;

import dev.wecruit.platform.documents.DocumentReader;
import dev.wecruit.platform.documents.ReadDocument;
import dev.wecruit.platform.documents.UnreadableDocumentException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** CVs for parser tests: text read as a plain-text upload, and a parser with the shipped taxonomy and a fixed clock. */
final class TestCvs {

    /** 1 June 2025, so "Present" means a known month. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final SkillTaxonomy TAXONOMY = SkillTaxonomy.loadDefault();
    static final CvParser PARSER = new CvParser(TAXONOMY);

    private TestCvs() {
    }

    static ReadDocument text(String cv) {
        return read(cv.stripIndent().getBytes(StandardCharsets.UTF_8));
    }

    static ReadDocument read(byte[] file) {
        try {
            return new DocumentReader().read(file);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static CvFields parse(ReadDocument document, String region) {
        return PARSER.parse(document, region, CLOCK);
    }

    static CvFields parse(String cv) {
        return parse(text(cv), "GB");
    }

    static CvFields parse(String cv, String region) {
        return parse(text(cv), region);
    }
}
