package dev.wecruit.tenancy;

/** Published inside the transaction that changed the firm's profile; the audit log records it in that transaction. */
public record FirmProfileChanged(FirmProfile before, FirmProfile after) {
}
