package dev.wecruit.work;

/**
 * An item to start work with.
 *
 * @param label what the item is, in the starter's words (a file name); sealed at rest, as it may name a person
 * @param rejectedBecause why the item fails before it runs (a file of the wrong type), or null to run it; a
 *     rejected item is recorded as failed with this error, so the work shows every item its starter gave
 */
public record NewItem(String label, String rejectedBecause) {

    public static NewItem of(String label) {
        return new NewItem(label, null);
    }

    public static NewItem rejected(String label, String reason) {
        return new NewItem(label, reason);
    }
}
