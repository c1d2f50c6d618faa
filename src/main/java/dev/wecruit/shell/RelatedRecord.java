package dev.wecruit.shell;

import java.util.UUID;

/**
 * A record that a page's record is linked to: a job's company, a candidate's jobs. Something logged on the page can
 * be linked to it too.
 *
 * @param label what a user recognises it by, such as "Finance Director · Acme Ltd"
 * @param linkedByDefault whether something logged on the page concerns it unless the user says otherwise
 */
public record RelatedRecord(RecordKind kind, UUID id, String label, boolean linkedByDefault) {
}
