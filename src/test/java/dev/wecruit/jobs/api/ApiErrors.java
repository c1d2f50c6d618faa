package dev.wecruit.jobs.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.graphql.ResponseError;

/** What an integrator checks of a failed operation: one error, its classification, and for VALIDATION its fields. */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** Exactly one error, of the classification. */
    public static Consumer<List<ResponseError>> one(String classification) {
        return errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry("classification", classification));
    }

    /** Exactly one VALIDATION error, with a message for each of the fields (and maybe others). */
    public static Consumer<List<ResponseError>> invalid(String... fields) {
        return errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("classification", "VALIDATION");
            @SuppressWarnings("unchecked")
            Map<String, Object> messages = (Map<String, Object>) error.getExtensions().get("fields");
            assertThat(messages).containsKeys(fields);
        });
    }
}
