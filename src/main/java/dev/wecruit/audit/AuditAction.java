package dev.wecruit.audit;

/** What an audit entry records. Stored by name: rename none, add new ones at will. */
public enum AuditAction {
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Failed sign-in"),
    SESSION_TOKEN_REJECTED("Session token rejected"),
    WEBHOOK_REJECTED("Webhook rejected"),
    PASSWORD_CHANGED("Password changed"),
    ORGANIZATION_CREATED("Firm created"),
    ORGANIZATION_UPDATED("Firm changed in Clerk"),
    ORGANIZATION_CLOSED("Firm closed"),
    MEMBER_INVITED("Member invited"),
    MEMBER_ADDED("Member added"),
    MEMBER_ROLE_CHANGED("Role changed"),
    MEMBER_DEACTIVATED("Member deactivated"),
    MEMBER_REACTIVATED("Member reactivated"),
    MEMBER_REMOVED("Member removed"),
    /** An admin asked Clerk to change a member's role; Clerk's webhook then records the change itself. */
    MEMBER_ROLE_CHANGE_REQUESTED("Role change sent to Clerk"),
    /** An admin asked Clerk to remove a member; Clerk's webhook then records the removal itself. */
    MEMBER_REMOVAL_REQUESTED("Removal sent to Clerk"),
    SETTINGS_CHANGED("Settings changed"),
    STAGE_TEMPLATE_CHANGED("Stage template changed"),
    AI_SETTINGS_CHANGED("AI settings changed"),
    API_KEY_CREATED("API key created"),
    API_KEY_REVOKED("API key revoked"),
    API_KEY_USED("API key used"),
    API_KEY_REJECTED("API key rejected"),
    EXPORTED("Data exported"),
    /** A candidate's personal data removed, by retention or an admin; the entry names them by a keyed hash only. */
    CANDIDATE_ANONYMISED("Candidate anonymised"),
    /** A candidate erased at their request; the entry names them by a keyed hash only. */
    CANDIDATE_ERASED("Candidate erased"),
    RETENTION_EXTENDED("Retention extended"),
    /** An admin put a candidate on legal hold or changed why; the entry names them by a keyed hash only. */
    LEGAL_HOLD_SET("Legal hold set"),
    LEGAL_HOLD_LIFTED("Legal hold lifted"),
    /** A member asked for a candidate's subject-access export; the entry names the candidate by id only. */
    PERSONAL_DATA_EXPORT_STARTED("Personal data export started"),
    /** A member downloaded a candidate's subject-access export. */
    PERSONAL_DATA_EXPORT_DOWNLOADED("Personal data export downloaded"),
    /** Two candidates merged into one; the entry names both by keyed hash only. */
    CANDIDATES_MERGED("Candidates merged"),
    /** A merge undone: both candidates restored. */
    CANDIDATES_UNMERGED("Candidates unmerged"),
    /** Two candidates marked "Not a duplicate"; the entry names both by keyed hash only. */
    DUPLICATE_DISMISSED("Duplicate dismissed"),
    /** A member imported candidates from a spreadsheet; the entry names the file and the counts. */
    IMPORTED("Imported"),
    /** A member undid an import. */
    IMPORT_UNDONE("Import undone");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** How the audit log shows it. */
    public String label() {
        return label;
    }
}
