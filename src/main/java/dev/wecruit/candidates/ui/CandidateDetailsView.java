package dev.wecruit.candidates.ui;

import dev.wecruit.shell.ViewerTime;
import static dev.wecruit.shell.Display.DAY;
import static dev.wecruit.shell.Display.chip;
import static dev.wecruit.shell.Display.externalLink;
import static dev.wecruit.shell.Display.fact;
import static dev.wecruit.shell.Display.label;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.DocumentSummary;
import dev.wecruit.candidates.Education;
import dev.wecruit.candidates.LegalHold;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.platform.documents.DocumentFormat;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A candidate's page: who they are, how to reach them, what they have done, their files; the jobs they are in and
 * their timeline come from the pipeline and activities features.
 */
@Route("candidates/:id")
@PermitAll
class CandidateDetailsView extends RecordPageView {

    private final CandidateService candidates;
    private final DocumentService documents;
    private final Map<UUID, String> memberNames;
    private final Div documentList = new Div();
    private final Upload upload = new Upload();
    private final boolean mayChangeDocuments;
    private final Optional<Button> edit;
    private CandidateDetails candidate;

    CandidateDetailsView(CandidateService candidates, DocumentService documents, OrganizationService organizations,
            CurrentTenant currentTenant, ObjectProvider<RecordPagePart> parts) {
        super(RecordKind.CANDIDATE, parts);
        this.candidates = candidates;
        this.documents = documents;
        this.mayChangeDocuments = currentTenant.may(Role.RECRUITER);
        this.memberNames = organizations.memberNames();
        addClassName("candidate-details-view");
        this.edit = addEditAction("candidates");

        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> attach(metadata.fileName(), content)));
        upload.setAcceptedFileTypes(DocumentFormat.uploadTypes());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxSize().toBytes()));
        upload.setDropLabel(new Span("Drop a CV here (PDF or Word, up to " + documents.maxSize().toMegabytes()
                + " MB)"));
        upload.addFileRejectedListener(event -> error(event.getErrorMessage()));
        upload.addClassName("candidate-upload");
    }

    @Override
    protected boolean load(UUID id) {
        Optional<CandidateDetails> found = candidates.find(id);
        if (found.isEmpty()) {
            return false;
        }
        candidate = found.get();
        setHeader(candidate.fullName(), headline(candidate));
        content().removeAll();
        edit.ifPresent(button -> button.setVisible(!candidate.anonymised()));
        if (candidate.anonymised()) {
            var notice = new Span("Anonymised on " + ViewerTime.day(candidate.anonymisedAt()) + ": their personal"
                    + " data was removed under the firm's retention rules. Their applications and stage history"
                    + " stay, for the firm's figures.");
            notice.addClassName("anonymised-notice");
            content().add(notice);
        }
        content().add(contactDetails(), profile(), privacy(), workHistory(), education(),
                mayChangeDocuments ? section("Documents", documentList, upload) : section("Documents", documentList));
        showDocuments(id);
        if (hasContactDetails(candidate)) {
            // the member has just seen them: the candidate's access log says so (per member and day)
            candidates.recordPageView(id);
        }
        return true;
    }

    private static boolean hasContactDetails(CandidateDetails candidate) {
        return !candidate.emails().isEmpty() || !candidate.phones().isEmpty() || candidate.address() != null
                || candidate.linkedinUrl() != null;
    }

    /** Attaches an uploaded file; a refused one (too large, wrong type, malformed) leaves a message and no file. */
    void attach(String fileName, byte[] content) {
        try {
            documents.attach(candidate.id(), fileName, content);
            Notification.show("Attached " + fileName).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showDocuments(candidate.id());
        } catch (InvalidInputException e) {
            error(String.join(" ", e.fieldErrors().values()));
        }
    }

    private void showDocuments(UUID candidateId) {
        documentList.removeAll();
        List<DocumentSummary> files = documents.documentsOf(candidateId);
        if (files.isEmpty()) {
            documentList.add(emptyNote(mayChangeDocuments ? "No documents yet. Upload a CV below." : "No documents yet."));
        }
        for (DocumentSummary file : files) {
            var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(documents.content(file.id())), file.fileName(), file.contentType(),
                    file.sizeBytes())), file.fileName());
            download.setTarget(AnchorTarget.BLANK);
            download.getElement().setAttribute("download", true);
            var details = new Span(" · " + size(file.sizeBytes()) + " · uploaded "
                    + ViewerTime.day(file.uploadedAt()));
            details.addClassName("timeline-entry-meta");
            var delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(file));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel("Delete " + file.fileName());
            delete.setTooltipText("Delete");
            var row = mayChangeDocuments ? new Div(download, details, delete) : new Div(download, details);
            row.addClassName("document-row");
            documentList.add(row);
        }
    }

    private void confirmDelete(DocumentSummary file) {
        var dialog = new ConfirmDialog("Delete " + file.fileName() + "?",
                "The file and its text are removed from this candidate. This cannot be undone.", "Delete",
                confirm -> {
                    documents.delete(file.id());
                    showDocuments(candidate.id());
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private Component contactDetails() {
        var list = new Div();
        candidate.emails().forEach(email -> list.add(line(new Anchor("mailto:" + email, email))));
        candidate.phones().forEach(phone -> list.add(line(new Anchor("tel:" + phone, phone))));
        if (candidate.address() != null) {
            list.add(line(new Span(candidate.address())));
        }
        if (candidate.linkedinUrl() != null) {
            list.add(line(externalLink(candidate.linkedinUrl(), "LinkedIn profile")));
        }
        if (list.getComponentCount() == 0) {
            list.add(emptyNote("No contact details yet. Edit the candidate to add an email or phone."));
        }
        return section("Contact details", list);
    }

    private Component profile() {
        var skills = new Div();
        skills.addClassName("chips");
        candidate.skills().forEach(skill -> skills.add(chip(skill)));
        if (candidate.skills().isEmpty()) {
            skills.add(emptyNote("No skills recorded"));
        }
        var facts = new Div();
        fact(facts, "Experience", candidate.yearsOfExperience() == null ? null
                : candidate.yearsOfExperience() + (candidate.yearsOfExperience() == 1 ? " year" : " years"));
        fact(facts, "Owner", candidate.ownerId() == null ? "Nobody" : memberNames.get(candidate.ownerId()));
        fact(facts, "Tags", candidate.tags().isEmpty() ? null : String.join(", ", candidate.tags()));
        fact(facts, "Source", candidate.source());
        fact(facts, "Last activity", candidate.lastActivityAt() == null ? "Never"
                : ViewerTime.day(candidate.lastActivityAt()));
        return section("Skills and profile", skills, facts);
    }

    /** Why the firm holds their data, their consent and a legal hold: what retention decides by. */
    private Component privacy() {
        var facts = new Div();
        facts.addClassName("candidate-privacy");
        if (candidate.legalHold() != null) {
            var hold = chip("On legal hold");
            hold.getElement().getThemeList().add("error");
            hold.addClassName("legal-hold-badge");
            facts.add(new Div(hold));
            LegalHold legalHold = candidate.legalHold();
            fact(facts, "Legal hold", legalHold.reason() + (legalHold.since() == null ? ""
                    : " (since " + ViewerTime.day(legalHold.since()) + (legalHold.setBy() == null ? ""
                            : ", by " + memberNames.getOrDefault(legalHold.setBy(), "a former member")) + ")"));
        }
        fact(facts, "Lawful basis", candidate.lawfulBasis() == null ? "Not recorded" : label(candidate.lawfulBasis()));
        fact(facts, "Consent given", candidate.consentGivenOn() == null ? null
                : DAY.format(candidate.consentGivenOn()) + (candidate.consentMethod() == null ? ""
                        : ", " + candidate.consentMethod().label().toLowerCase(Locale.UK)));
        if (candidate.consentExpiresOn() != null) {
            boolean expired = !candidate.consentExpiresOn().isAfter(LocalDate.now(ViewerTime.zone()));
            fact(facts, expired ? "Consent expired" : "Consent expires", DAY.format(candidate.consentExpiresOn()));
        }
        fact(facts, "Consent note", candidate.consentNote());
        return section("Consent and legal hold", facts);
    }

    private Component workHistory() {
        var list = new Div();
        for (WorkExperience role : candidate.workHistory()) {
            var title = new Span(role.title() + (role.company() == null ? "" : " · " + role.company()));
            title.addClassName("history-title");
            var years = new Span(years(role.startYear(), role.endYear()));
            years.addClassName("timeline-entry-meta");
            var entry = new Div(title, new Div(years));
            if (role.summary() != null) {
                entry.add(new Div(role.summary()));
            }
            entry.addClassName("timeline-entry");
            list.add(entry);
        }
        if (candidate.workHistory().isEmpty()) {
            list.add(emptyNote("No work history yet"));
        }
        return section("Work history", list);
    }

    private Component education() {
        var list = new Div();
        for (Education entry : candidate.education()) {
            var line = new Div(entry.institution() + (entry.qualification() == null ? "" : " · "
                    + entry.qualification()) + (entry.endYear() == null ? "" : " (" + entry.endYear() + ")"));
            line.addClassName("timeline-entry");
            list.add(line);
        }
        if (candidate.education().isEmpty()) {
            list.add(emptyNote("No education recorded"));
        }
        return section("Education", list);
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static String headline(CandidateDetails candidate) {
        String role = candidate.currentTitle() == null ? "" : candidate.currentTitle();
        if (candidate.currentCompany() != null) {
            role = role.isEmpty() ? candidate.currentCompany() : role + " at " + candidate.currentCompany();
        }
        if (candidate.location() != null) {
            role = role.isEmpty() ? candidate.location() : role + " · " + candidate.location();
        }
        return role;
    }

    private static Div line(Component component) {
        return new Div(component);
    }

    private static String years(Integer start, Integer end) {
        if (start == null && end == null) {
            return "";
        }
        return (start == null ? "?" : start.toString()) + " – " + (end == null ? "now" : end.toString());
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

}
