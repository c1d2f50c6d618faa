package dev.wecruit.work;

/**
 * An item that can never succeed, whatever the number of attempts: a damaged file, input that does not validate.
 * Its message is shown to the people who see the work, so it says what is wrong in their words.
 */
public class WorkItemRejected extends Exception {

    public WorkItemRejected(String message) {
        super(message);
    }

    public WorkItemRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
