package dev.wecruit.work.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts taking work from the queue once everything else is up, and stops before the database goes. A stop waits
 * for running items up to a limit; what it cuts short runs again on another node or after a restart.
 */
@Component
class WorkRunnerLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkRunnerLifecycle.class);

    private final Scheduler scheduler;
    private final WorkProperties properties;
    private volatile boolean running;

    WorkRunnerLifecycle(Scheduler scheduler, WorkProperties properties) {
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (properties.runTasks()) {
            scheduler.start();
            log.info("Running background work with {} threads", properties.threads());
        }
        running = true;
    }

    @Override
    public void stop() {
        if (properties.runTasks()) {
            scheduler.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // after the web server and the listeners it may tell about progress
        return Integer.MAX_VALUE - 100;
    }
}
