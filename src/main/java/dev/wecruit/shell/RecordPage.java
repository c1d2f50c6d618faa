package dev.wecruit.shell;

import java.util.List;
import java.util.UUID;

/** The page of one record, as the parts other features add to it see it. */
public interface RecordPage {

    RecordKind kind();

    UUID recordId();

    /** What the record is called, such as a candidate's name. */
    String recordTitle();

    /** The records this one is linked to, from the page itself and from every part on it. */
    List<RelatedRecord> related();

    /** Reloads the page and every part on it, after something on it changed the record or what it links to. */
    void refresh();
}
