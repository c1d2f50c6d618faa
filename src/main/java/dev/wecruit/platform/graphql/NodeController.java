package dev.wecruit.platform.graphql;

import dev.wecruit.platform.graphql.Paging.PageTooLargeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id)} and {@code nodes(ids)}: any record by its global id, through the loader of its type. An id of
 * another firm's record is answered as one that does not exist: {@code null}, as Relay has it.
 */
@Controller
class NodeController {

    private final Map<String, NodeLoader> loaders;
    private final ApiLimits limits;

    NodeController(List<NodeLoader> loaders, ApiLimits limits) {
        this.loaders = loaders.stream().collect(Collectors.toMap(NodeLoader::type, Function.identity()));
        this.limits = limits;
    }

    @QueryMapping
    Object node(@Argument String id) {
        return nodes(List.of(id)).getFirst();
    }

    @QueryMapping
    List<Object> nodes(@Argument List<String> ids) {
        if (ids.size() > limits.maxPageSize()) {
            throw new PageTooLargeException(ids.size(), limits.maxPageSize());
        }
        List<GlobalId> parsed = ids.stream().map(id -> GlobalId.parse(id, "ids")).toList();
        Map<String, List<UUID>> byType = new LinkedHashMap<>();
        parsed.forEach(id -> byType.computeIfAbsent(id.type(), type -> new ArrayList<>()).add(id.id()));
        Map<GlobalId, Object> found = new HashMap<>();
        byType.forEach((type, typeIds) -> {
            NodeLoader loader = loaders.get(type);
            if (loader != null) {
                load(loader, typeIds).forEach((id, node) -> found.put(new GlobalId(type, id), node));
            }
        });
        List<Object> nodes = new ArrayList<>(parsed.size());
        parsed.forEach(id -> nodes.add(found.get(id)));
        return nodes;
    }

    private static Map<UUID, ?> load(NodeLoader loader, Collection<UUID> ids) {
        return loader.load(ids);
    }
}
