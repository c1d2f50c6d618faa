package dev.wecruit.work.internal;

import java.util.UUID;

/**
 * What the queue holds for one item: ids only, never personal data, since the queue's table serves every firm.
 * The firm and member are the server's record of who started the work, never a client's input.
 */
record WorkOrder(UUID tenantId, UUID memberId, UUID workId, UUID itemId) {
}
