package dev.wecruit.intake.parsing;

/** A taxonomy skill found in a text: its canonical name and where the alias was written, {@code [start, end)}. */
public record SkillMatch(String skill, int start, int end) {
}
