package dev.wecruit.platform.db;

import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refuses to start when the app connects as a role that row-level security does not apply to: a superuser, a role
 * with BYPASSRLS, or the owner of the tables. Tenant isolation in the database depends on it.
 */
@DependsOnDatabaseInitialization
class DatabaseRoleGuard implements InitializingBean {

    private final JdbcTemplate jdbc;

    DatabaseRoleGuard(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void afterPropertiesSet() {
        var problem = jdbc.queryForObject("""
                select case
                         when r.rolsuper then 'is a superuser'
                         when r.rolbypassrls then 'has BYPASSRLS'
                         when exists (select 1 from pg_tables t
                                       where t.schemaname = current_schema() and t.tableowner = current_user)
                           then 'owns the schema''s tables (migrations must run as a separate owner role)'
                       end
                  from pg_roles r where r.rolname = current_user
                """, String.class);
        if (problem != null) {
            String role = jdbc.queryForObject("select current_user", String.class);
            throw new IllegalStateException("The app's database role " + role + " " + problem
                    + ", so row-level security would not isolate the firms. Connect the app as a plain role"
                    + " (wecruit.db.username) and run migrations as the owner (wecruit.db.owner-username).");
        }
    }
}
