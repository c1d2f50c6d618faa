package dev.wecruit.work.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts taking work from the queue once everything else is up, and pauses taking more when the context stops (a
 * context may be stopped and started again: Spring's test context cache does it). Shutting down stops the scheduler
 * itself when its bean is destroyed, which waits for running items up to a limit; what it cuts short runs again on
 * another node or after a restart.
 */
@Component
class WorkRunnerLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkRunnerLifecycle.class);

    private final Scheduler scheduler;
    private final WorkProperties properties;
    private volatile boolean running;
    private boolean started;

    WorkRunnerLifecycle(Scheduler scheduler, WorkProperties properties) {
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (properties.runTasks()) {
            if (started) {
                scheduler.resume();
            } else {
                scheduler.start();
                started = true;
                log.info("Running background work with {} threads", properties.threads());
            }
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (started) {
            scheduler.pause();
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
