package dev.wecruit.intake.parsing;

import java.time.YearMonth;

/**
 * A role in a work history. When a CV gives only years, {@code from} and {@code to} are in January of those years.
 *
 * @param title    may be null when only the employer was recognised
 * @param employer may be null when only the title was recognised
 * @param to       null while the role is ongoing ("Present")
 * @param location nullable
 */
public record WorkRole(String title, String employer, YearMonth from, YearMonth to, String location) {
}
