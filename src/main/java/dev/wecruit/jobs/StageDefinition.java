package dev.wecruit.jobs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A stage as a template or an editor defines it; its order is its place in the list. */
public record StageDefinition(
        @NotBlank(message = "Enter a stage name") @Size(max = 60, message = "At most 60 characters") String name,
        @NotNull(message = "Choose what the stage means") StageKind kind) {
}
