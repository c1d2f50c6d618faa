package dev.wecruit.matching.internal;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.wecruit.ai.AiSettings;
import dev.wecruit.ai.ChatModels;
import dev.wecruit.matching.CandidateMatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

/**
 * With the firm's OpenAI-compatible model, re-ranks the top of a ranking and writes a short rationale for each
 * candidate that quotes their profile. What it sends is the job and each candidate's PII-free profile under a code
 * (C1, C2...), never a name. An answer is kept only when it is grounded: its rationale quotes at least one passage,
 * and every passage it quotes is in that candidate's profile, word for word (case and spacing aside). A candidate
 * whose answer fails keeps their offline place and no rationale; candidates with grounded answers take the model's
 * order among the places they held. Any failure of the server leaves the offline ranking as it was.
 */
@Component
class LlmReranker {

    /** How many of the top are re-ranked. */
    static final int TOP = 10;

    private static final int MAX_PROFILE = 4_000;
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{3,})[\"”]");
    private static final Logger log = LoggerFactory.getLogger(LlmReranker.class);

    static final String INSTRUCTIONS = """
            You help a recruiter decide whom to review first for a job. You get the job and candidate profiles, each
            under a code such as C1. Return every code once, best fit first. For each, write a rationale of at most
            two sentences that quotes the candidate's profile word for word, in double quotes, for every claim you
            make; quote nothing that is not in that profile. Judge only skills, experience and qualifications: never
            age, gender, nationality, names or anything else about the person.""";

    static final JsonSchema SCHEMA = JsonSchema.builder().name("Ranking").rootElement(JsonObjectSchema.builder()
            .addProperty("ranking", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                    .addStringProperty("candidate").addStringProperty("rationale")
                    .required("candidate", "rationale").additionalProperties(false).build()).build())
            .required("ranking").additionalProperties(false).build()).build();

    record LlmRanking(List<LlmRanked> ranking) {
    }

    record LlmRanked(String candidate, String rationale) {
    }

    private final ObjectMapper json;
    private final Duration timeout;

    LlmReranker(ObjectMapper json, @Value("${wecruit.matching.llm-timeout:30s}") Duration timeout) {
        this.json = json;
        this.timeout = timeout;
    }

    /**
     * @param profiles each candidate's PII-free profile text, by id
     */
    List<CandidateMatch> rerank(AiSettings settings, Optional<String> apiKey, String job,
            List<CandidateMatch> ranked, Map<UUID, String> profiles) {
        int top = Math.min(TOP, ranked.size());
        if (top < 2) {
            return ranked;
        }
        Map<String, CandidateMatch> byCode = new LinkedHashMap<>();
        var prompt = new StringBuilder("The job:\n").append(job).append("\n\nThe candidates:\n");
        for (int i = 0; i < top; i++) {
            String code = "C" + (i + 1);
            byCode.put(code, ranked.get(i));
            String profile = profiles.getOrDefault(ranked.get(i).candidate().id(), "");
            prompt.append("\n").append(code).append(":\n")
                    .append(profile.length() > MAX_PROFILE ? profile.substring(0, MAX_PROFILE) : profile)
                    .append("\n");
        }
        LlmRanking answer;
        try {
            String text = ChatModels.of(settings, apiKey, timeout).chat(ChatRequest.builder()
                    .messages(SystemMessage.from(INSTRUCTIONS), UserMessage.from(prompt.toString()))
                    .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(SCHEMA)
                            .build())
                    .build()).aiMessage().text();
            answer = json.readerFor(LlmRanking.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(text);
        } catch (RuntimeException e) {
            log.warn("The AI server could not re-rank the matches; the offline ranking stands: {}", e.toString());
            return ranked;
        }
        List<CandidateMatch> grounded = new ArrayList<>();
        for (LlmRanked item : answer.ranking() == null ? List.<LlmRanked>of() : answer.ranking()) {
            CandidateMatch match = item == null ? null : byCode.remove(item.candidate());
            if (match != null && grounded(item.rationale(), profiles.getOrDefault(match.candidate().id(), ""))) {
                grounded.add(withRationale(match, item.rationale().strip()));
            }
        }
        List<CandidateMatch> result = new ArrayList<>(ranked);
        var slots = new ArrayList<Integer>();
        for (int i = 0; i < top; i++) {
            UUID id = ranked.get(i).candidate().id();
            if (grounded.stream().anyMatch(match -> match.candidate().id().equals(id))) {
                slots.add(i);
            }
        }
        for (int i = 0; i < slots.size(); i++) {
            result.set(slots.get(i), grounded.get(i));
        }
        return result;
    }

    /** Whether the rationale quotes the profile, and quotes nothing else. */
    static boolean grounded(String rationale, String profile) {
        if (rationale == null || rationale.isBlank()) {
            return false;
        }
        String text = normalised(profile);
        Matcher quotes = QUOTED.matcher(rationale);
        int found = 0;
        while (quotes.find()) {
            if (!text.contains(normalised(quotes.group(1)))) {
                return false;
            }
            found++;
        }
        return found > 0;
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static CandidateMatch withRationale(CandidateMatch match, String rationale) {
        return new CandidateMatch(match.candidate(), match.score(), match.retrieval(), match.coverage(),
                match.evidence(), rationale, match.verdict());
    }
}
