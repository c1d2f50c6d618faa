-- List exports (issue 19, decision 0032). A viewer's export of a list leaves out contact details (emails, phones,
-- addresses, LinkedIn) unless the firm's admins allow it here: a firm whose viewers are client-facing assistants
-- may want them to hand over a shortlist with phone numbers, an auditor's firm may not.

ALTER TABLE organizations
    ADD COLUMN viewers_export_contacts boolean NOT NULL DEFAULT false;
