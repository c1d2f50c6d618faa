package dev.wecruit.intake;

import dev.wecruit.intake.parsing.CvFields;
import dev.wecruit.platform.documents.DocumentFormat;

/**
 * What was read from one CV: its text, the fields proposed from it (each with where in the text it was found, a
 * confidence and which parser found it), and how.
 *
 * @param parser {@link Parser#OFFLINE} alone, or merged with the firm's language model
 * @param note why the language model's reading is missing though the firm has one (it failed or timed out), or
 *     null
 */
public record ParsedCv(String fileName, DocumentFormat format, int pages, String text, CvFields fields,
        Parser parser, String note) {

    /** Who read the fields. */
    public enum Parser {
        OFFLINE, OFFLINE_AND_LLM
    }
}
