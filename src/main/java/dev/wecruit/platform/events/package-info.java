/**
 * Events between app nodes: {@link dev.wecruit.platform.events.ClusterNotices} carries small notices (ids and
 * counts, never personal data) over PostgreSQL {@code LISTEN/NOTIFY}, so several nodes on one database see each
 * other's changes without a broker.
 */
@NamedInterface("events")
package dev.wecruit.platform.events;

import org.springframework.modulith.NamedInterface;
