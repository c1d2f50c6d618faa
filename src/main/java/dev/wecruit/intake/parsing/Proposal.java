package dev.wecruit.intake.parsing;

/**
 * A value the parser proposes for a field, where it found it and how sure it is. A recruiter confirms or corrects
 * proposals; nothing is saved from a proposal without that.
 *
 * @param start      where in {@code ReadDocument.text()} the value was found, for highlighting; with {@code end},
 *                   a half-open range {@code [start, end)}
 * @param confidence 0 to 1: 0.9 and above for values from a labelled place or section that also validated (an email
 *                   address, a number libphonenumber accepts), lower for guesses from layout or wording
 */
public record Proposal<T>(T value, int start, int end, double confidence, ProposalSource source) {

    public Proposal {
        if (value == null || source == null) {
            throw new IllegalArgumentException("value and source are required");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a text range: [" + start + ", " + end + ")");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1");
        }
    }

    static <T> Proposal<T> offline(T value, int start, int end, double confidence) {
        return new Proposal<>(value, start, end, Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100.0,
                ProposalSource.OFFLINE);
    }
}
