package dev.wecruit.work.internal;

import dev.wecruit.platform.events.ClusterNotices;
import dev.wecruit.work.WorkProgressed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells open views that work moved on: on this node as a {@link WorkProgressed} event (views take it after the
 * commit), on the others through {@link ClusterNotices}, which delivers it when the transaction commits.
 */
@Component
public class WorkAnnouncer {

    static final String TOPIC = "work";

    private final ClusterNotices cluster;
    private final ApplicationEventPublisher events;

    WorkAnnouncer(ClusterNotices cluster, ApplicationEventPublisher events) {
        this.cluster = cluster;
        this.events = events;
        cluster.listen(TOPIC, WorkProgressed.class, events::publishEvent);
    }

    /** Call inside the transaction that made the progress. */
    public void announce(WorkProgressed progressed) {
        cluster.send(TOPIC, progressed);
        events.publishEvent(progressed);
    }
}
