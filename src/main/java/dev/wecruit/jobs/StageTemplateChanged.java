package dev.wecruit.jobs;

import java.util.List;

/** Published inside the transaction that replaced the firm's stage template; the audit log records it there. */
public record StageTemplateChanged(List<StageDefinition> before, List<StageDefinition> after) {
}
