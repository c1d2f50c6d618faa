package dev.wecruit.jobs;

import java.math.BigDecimal;

/**
 * What the client pays the firm on a placement: a percentage of the first-year salary, or a fixed fee.
 *
 * @param percentage for {@link Type#PERCENTAGE}: greater than 0, at most 100
 * @param amount for {@link Type#FIXED}: greater than 0
 * @param currency ISO 4217; required for a fixed fee
 */
public record FeeTerms(Type type, BigDecimal percentage, BigDecimal amount, String currency) {

    public enum Type {
        PERCENTAGE,
        FIXED
    }

    public static FeeTerms percentage(BigDecimal percentage) {
        return new FeeTerms(Type.PERCENTAGE, percentage, null, null);
    }

    public static FeeTerms fixed(BigDecimal amount, String currency) {
        return new FeeTerms(Type.FIXED, null, amount, currency);
    }
}
