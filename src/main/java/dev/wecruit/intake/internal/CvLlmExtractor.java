package dev.wecruit.intake.internal;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.wecruit.ai.AiSettings;
import dev.wecruit.ai.ChatModels;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

/**
 * Asks the firm's OpenAI-compatible server for a CV's fields, through LangChain4j's chat model with a JSON-schema
 * response format, so the answer is a {@link LlmCv} and nothing else. What it returns is a suggestion: the caller
 * keeps only values found in the CV's text ({@link Grounding}).
 */
@Component
class CvLlmExtractor {

    /** The CV text sent, at most: about 6,000 tokens, more than any real CV's text needs. */
    static final int MAX_TEXT = 24_000;

    static final String INSTRUCTIONS = """
            You extract a candidate's details from the text of their CV for a recruiting CRM.
            Copy every value exactly as it is written in the CV; never guess, translate or complete a value.
            Use an empty string or an empty list for anything the CV does not state.
            Work history is newest first; dates are YYYY-MM, or YYYY when only the year is written; "to" is empty
            for a current role. yearsOfExperience is the number the CV states, or 0 when it states none.""";

    /** The fields the model fills, all required, as a strict schema asks. */
    record LlmCv(String firstName, String lastName, List<String> emails, List<String> phones, String location,
            String linkedinUrl, String currentTitle, String currentEmployer, List<LlmRole> workHistory,
            List<LlmStudy> education, List<String> skills, Integer yearsOfExperience, List<String> languages) {
    }

    record LlmRole(String title, String employer, String from, String to) {
    }

    record LlmStudy(String institution, String qualification, String fromYear, String toYear) {
    }

    static final JsonSchema SCHEMA = JsonSchema.builder().name("CandidateCv").rootElement(JsonObjectSchema.builder()
            .addStringProperty("firstName").addStringProperty("lastName")
            .addProperty("emails", strings()).addProperty("phones", strings())
            .addStringProperty("location").addStringProperty("linkedinUrl")
            .addStringProperty("currentTitle").addStringProperty("currentEmployer")
            .addProperty("workHistory", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                    .addStringProperty("title").addStringProperty("employer")
                    .addStringProperty("from").addStringProperty("to")
                    .required("title", "employer", "from", "to").additionalProperties(false).build()).build())
            .addProperty("education", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                    .addStringProperty("institution").addStringProperty("qualification")
                    .addStringProperty("fromYear").addStringProperty("toYear")
                    .required("institution", "qualification", "fromYear", "toYear").additionalProperties(false)
                    .build()).build())
            .addProperty("skills", strings())
            .addProperty("yearsOfExperience", new JsonIntegerSchema())
            .addProperty("languages", strings())
            .required("firstName", "lastName", "emails", "phones", "location", "linkedinUrl", "currentTitle",
                    "currentEmployer", "workHistory", "education", "skills", "yearsOfExperience", "languages")
            .additionalProperties(false)
            .build()).build();

    private final ObjectMapper json;
    private final Duration timeout;

    CvLlmExtractor(ObjectMapper json, @Value("${wecruit.intake.llm-timeout:60s}") Duration timeout) {
        this.json = json;
        this.timeout = timeout;
    }

    /**
     * The model's reading of the CV.
     *
     * @throws RuntimeException whatever the server or the client failed with (timeouts, HTTP errors, an answer
     *     that is not the schema's JSON): the caller falls back to the offline result
     */
    LlmCv extract(AiSettings settings, Optional<String> apiKey, String text) {
        ChatModel model = ChatModels.of(settings, apiKey, timeout);
        String cv = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(INSTRUCTIONS), UserMessage.from("The CV:\n\n" + cv))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(SCHEMA).build())
                .build();
        String answer = model.chat(request).aiMessage().text();
        if (answer == null || answer.isBlank()) {
            throw new IllegalStateException("The AI server gave an empty answer");
        }
        return json.readerFor(LlmCv.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(answer);
    }

    private static JsonArraySchema strings() {
        return JsonArraySchema.builder().items(new JsonStringSchema()).build();
    }
}
