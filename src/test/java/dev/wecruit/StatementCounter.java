package dev.wecruit;

import dev.wecruit.platform.persistence.TenantIdSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records every SQL statement the application sends through its {@link DataSource} while a test asks it to: JPA's,
 * native queries, JdbcTemplate's and the tenant's {@code set_config} alike, since all of them prepare (or create) a
 * statement on a pooled connection. Each is recorded with the thread and the firm it was sent for, so a test can
 * pick out one request's statements from the background work (db-scheduler's polling, the fan-out) that shares the
 * pool: those run on other threads and for no firm or another one.
 *
 * <p>Import {@link Configuration} into the test ({@code @Import(StatementCounter.Configuration.class)}), which wraps
 * the data source; then {@link #during} gives what a piece of work sent.
 */
public final class StatementCounter {

    /** One statement prepared (or created) on a connection of the pool. */
    public record Statement(String sql, Thread thread, Optional<UUID> tenantId) {

        /** Whether it is the tenant's {@code set_config} that starts each transaction for a firm. */
        public boolean setsTenant() {
            return sql.contains("set_config('app.tenant_id'");
        }
    }

    private final ObjectProvider<TenantIdSource> tenants;
    private final List<Statement> recorded = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    StatementCounter(ObjectProvider<TenantIdSource> tenants) {
        this.tenants = tenants;
    }

    /** Every statement sent while the work ran, on any thread, in the order they were prepared. */
    public synchronized List<Statement> during(Runnable work) {
        recorded.clear();
        recording = true;
        try {
            work.run();
        } finally {
            recording = false;
        }
        return List.copyOf(recorded);
    }

    /** The statements sent while the work ran that pass the test: those of the calling thread or of a firm, say. */
    public List<Statement> during(Runnable work, Predicate<Statement> which) {
        List<Statement> kept = new ArrayList<>();
        during(work).stream().filter(which).forEach(kept::add);
        return kept;
    }

    private void record(String sql) {
        if (recording) {
            recorded.add(new Statement(sql, Thread.currentThread(), tenants.getObject().currentTenantId()));
        }
    }

    private Connection counting(Connection connection) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            String name = method.getName();
            if (name.equals("equals")) {
                return proxy == arguments[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                record((String) arguments[0]);
            } else if (name.equals("createStatement")) {
                record("(a plain statement)");
            }
            try {
                return method.invoke(connection, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    /** Wraps the application's data source so that every connection it hands out reports its statements. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        StatementCounter statementCounter(ObjectProvider<TenantIdSource> tenants) {
            return new StatementCounter(tenants);
        }

        @Bean
        static BeanPostProcessor countingDataSource(ObjectProvider<StatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
                        return bean;
                    }
                    return new DelegatingDataSource(dataSource) {
                        @Override
                        public Connection getConnection() throws java.sql.SQLException {
                            return counter.getObject().counting(super.getConnection());
                        }

                        @Override
                        public Connection getConnection(String username, String password)
                                throws java.sql.SQLException {
                            return counter.getObject().counting(super.getConnection(username, password));
                        }
                    };
                }
            };
        }
    }
}
