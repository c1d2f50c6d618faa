package db.migration;

import dev.wecruit.candidates.internal.ProfileTerms;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code candidates.search_terms} (V16) for the candidates that existed before it, with the application's own
 * rule ({@link ProfileTerms}), which SQL could not repeat exactly; V16's trigger then fills the term index. Runs as
 * the owner role, in Flyway's transaction, reading in batches so a large firm does not sit in memory.
 */
public class V17__Candidates_profile_terms_of_existing_records extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement(
                        "update candidates set search_terms = ? where tenant_id = ? and id = ?")) {
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery("""
                    select tenant_id, id, current_title, current_company, skills, tags, location from candidates""")) {
                int pending = 0;
                while (rows.next()) {
                    List<String> terms = ProfileTerms.of(rows.getString("current_title"),
                            rows.getString("current_company"), strings(rows.getArray("skills")),
                            strings(rows.getArray("tags")), rows.getString("location"));
                    update.setArray(1, connection.createArrayOf("text", terms.toArray()));
                    update.setObject(2, rows.getObject("tenant_id"));
                    update.setObject(3, rows.getObject("id"));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    update.executeBatch();
                }
            }
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
