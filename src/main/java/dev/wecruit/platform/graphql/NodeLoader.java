package dev.wecruit.platform.graphql;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How {@code node(id)} and {@code nodes(ids)} find records of one GraphQL type: each feature that serves a type
 * through the API supplies one, so the API module knows no feature. Loaders read through the feature's service, so
 * another firm's id is simply not found.
 */
public interface NodeLoader {

    /** The GraphQL type, as in global ids: {@code Candidate}. */
    String type();

    /** The Java record the type's fields are read from. */
    Class<?> javaType();

    /** The records of those ids that are the firm's, by id. */
    Map<UUID, ?> load(Collection<UUID> ids);
}
