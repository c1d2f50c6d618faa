/**
 * Members in the GraphQL API: the {@code Member} type, {@code members}, and {@link dev.wecruit.tenancy.api.Owners},
 * with which another feature's {@code api} package answers its records' {@code owner: Member} in one batch. Exposed
 * as the module's "api" interface for that.
 */
@org.springframework.modulith.NamedInterface("api")
package dev.wecruit.tenancy.api;
