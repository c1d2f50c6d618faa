package dev.wecruit.work;

/**
 * Does one item of one kind of work, for the feature that owns the kind. It runs on a background thread as the firm
 * and the member that started the work ({@code CurrentTenant.callAs}), outside any transaction: it opens its own.
 *
 * <p>An item may run more than once: after a failure it is retried, and when a node dies in the middle of it,
 * another node runs it again. A handler must therefore be idempotent: doing an item twice leaves what doing it once
 * does.
 */
public interface WorkHandler {

    /** The kind of work this handler does, as given to {@link BackgroundWork#start}. */
    String kind();

    /**
     * Does the item.
     *
     * @throws WorkItemRejected when the item can never succeed (an unreadable file): it fails at once, with the
     *     exception's message as its error
     * @throws Exception anything else: the item is retried after a pause, and fails with this error once it has
     *     had all its attempts
     */
    void process(WorkItem item) throws Exception;

    /**
     * Told, in the transaction that records it, that the item failed for good, so the feature can mark its own
     * record of it. Nothing to do by default.
     */
    default void failed(WorkItem item, String error) {
    }
}
