package dev.wecruit.work;

import java.util.List;
import java.util.UUID;

/** Work just started: its id, and the ids of its items in the order they were given. */
public record StartedWork(UUID workId, List<UUID> itemIds) {

    public StartedWork {
        itemIds = List.copyOf(itemIds);
    }
}
