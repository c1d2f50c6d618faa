package dev.wecruit.audit.internal;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.platform.spreadsheets.ListExported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the list exports that hold personal data, as each feature publishes them, in the exporting transaction
 * (decision 0032): who (the signed-in member), what list, how many rows, in which format and with which columns.
 */
@Component
class ExportsAudit {

    private final AuditLog audit;

    ExportsAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ListExported exported) {
        if (exported.personalData()) {
            audit.record(AuditAction.EXPORTED, exported.list() + " list", exported.rows()
                    + (exported.rows() == 1 ? " row" : " rows") + " as " + exported.format().name() + "; columns: "
                    + String.join(", ", exported.columns()));
        }
    }
}
