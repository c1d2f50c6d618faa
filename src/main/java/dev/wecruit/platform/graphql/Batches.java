package dev.wecruit.platform.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a {@code @BatchMapping} returns, from one service call for the whole batch: how a field of many records is
 * answered with one query instead of one per record.
 */
public final class Batches {

    private Batches() {
    }

    /**
     * Each source's related record, by the id it links to; a source whose link is null or finds nothing is left
     * out, so its field is null.
     */
    public static <S, R> Map<S, R> related(List<S> sources, Function<S, UUID> link,
            Function<Collection<UUID>, Map<UUID, R>> load) {
        Map<UUID, R> found = load.apply(sources.stream().map(link).filter(Objects::nonNull).distinct().toList());
        Map<S, R> result = new HashMap<>();
        sources.forEach(source -> {
            R record = found.get(link.apply(source));
            if (record != null) {
                result.put(source, record);
            }
        });
        return result;
    }

    /** Each source's list of records, by its own id; empty for a source with none. */
    public static <S, R> Map<S, List<R>> each(List<S> sources, Function<S, UUID> key,
            Function<Collection<UUID>, Map<UUID, List<R>>> load) {
        Map<UUID, List<R>> found = load.apply(sources.stream().map(key).distinct().toList());
        Map<S, List<R>> result = new HashMap<>();
        sources.forEach(source -> result.put(source, found.getOrDefault(key.apply(source), List.of())));
        return result;
    }
}
