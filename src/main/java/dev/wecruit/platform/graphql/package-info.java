/**
 * The GraphQL endpoint's common parts, which every feature's {@code api} package builds on: global ids
 * ({@link dev.wecruit.platform.graphql.GlobalId}), {@code node(id)} through each type's
 * {@link dev.wecruit.platform.graphql.NodeLoader}, keyset connections ({@link dev.wecruit.platform.graphql.Paging}),
 * Twenty-style filter inputs ({@link dev.wecruit.platform.graphql.FilterInputs}), typed errors
 * ({@link dev.wecruit.platform.graphql.ApiErrorType}), the scalars, the limits, and a schema that must map
 * completely. Who may call it is the {@code api} module's part.
 */
@NamedInterface("graphql")
package dev.wecruit.platform.graphql;

import org.springframework.modulith.NamedInterface;
