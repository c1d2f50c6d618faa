package dev.wecruit.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import dev.wecruit.privacy.ExportStatus;
import dev.wecruit.privacy.PersonalDataArchive;
import dev.wecruit.privacy.PersonalDataExportService;
import dev.wecruit.privacy.PersonalDataExportSummary;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.shell.ViewerTime;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import dev.wecruit.work.LiveWork;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * "Export personal data" on a candidate's page, for recruiters and admins: starts the export in the background,
 * shows its progress live, and lists the candidate's exports with a download link for whoever may download each.
 * Viewers see neither the action nor the list.
 */
@Component
class PersonalDataExportPart implements RecordPagePart {

    private final PersonalDataExportService exports;
    private final LiveWork live;
    private final CurrentTenant currentTenant;
    private final OrganizationService organizations;
    private final Clock clock;

    PersonalDataExportPart(PersonalDataExportService exports, LiveWork live, CurrentTenant currentTenant,
            OrganizationService organizations, Clock clock) {
        this.exports = exports;
        this.live = live;
        this.currentTenant = currentTenant;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public boolean appliesTo(RecordKind kind) {
        return kind == RecordKind.CANDIDATE;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Section create(RecordPage page) {
        if (!currentTenant.may(Role.RECRUITER)) {
            return Section.none();
        }
        var exportsOfPage = new Exports(page.recordId());
        var start = new Button("Export personal data", VaadinIcon.DOWNLOAD_ALT.create(),
                click -> exportsOfPage.start());
        start.addClassName("export-personal-data");
        start.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Section(exportsOfPage.section, List.of(start), exportsOfPage::show, List::of);
    }

    /** The part on one page: its list, and the watch on the export being prepared. */
    private final class Exports {

        private final UUID candidateId;
        private final Div list = new Div();
        private final ProgressBar bar = new ProgressBar();
        private final Div section;
        private Registration watching;

        Exports(UUID candidateId) {
            this.candidateId = candidateId;
            bar.setIndeterminate(true);
            bar.setVisible(false);
            section = RecordPageView.section("Personal data exports", list, bar);
            section.addClassName("personal-data-exports");
            section.addDetachListener(event -> stopWatching());
            show();
        }

        void start() {
            try {
                exports.start(candidateId);
            } catch (InvalidInputException e) {
                Notification.show(String.join(" ", e.fieldErrors().values()))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                return;
            }
            Notification.show("Preparing the export; it is listed here when it is ready");
            show();
        }

        /** Lists the exports, and follows the one being prepared until it is done. */
        void show() {
            list.removeAll();
            List<PersonalDataExportSummary> found = exports.exportsOf(candidateId);
            if (found.isEmpty()) {
                list.add(RecordPageView.emptyNote("No export yet. \"Export personal data\" makes a ZIP of everything "
                        + "held about this candidate, kept " + exports.expiry().toDays() + " days."));
            }
            Map<UUID, String> names = organizations.memberNames();
            found.forEach(export -> list.add(row(export, names)));
            Optional<PersonalDataExportSummary> queued = found.stream()
                    .filter(export -> export.status() == ExportStatus.QUEUED).findFirst();
            if (queued.isEmpty()) {
                stopWatching();
            } else if (watching == null) {
                bar.setVisible(true);
                watching = live.watch(UI.getCurrent(), queued.get().workId(), progressed -> {
                    if (progressed.status().finished()) {
                        stopWatching();
                        show();
                    }
                });
                // it may have finished between the read above and the watch
                if (exports.find(queued.get().id()).map(PersonalDataExportSummary::status)
                        .orElse(ExportStatus.FAILED) != ExportStatus.QUEUED) {
                    stopWatching();
                    show();
                }
            }
        }

        private void stopWatching() {
            bar.setVisible(false);
            if (watching != null) {
                watching.remove();
                watching = null;
            }
        }

        private Div row(PersonalDataExportSummary export, Map<UUID, String> names) {
            String asked = "Asked for by " + names.getOrDefault(export.requestedBy(), "a former member") + ", "
                    + ViewerTime.moment(export.requestedAt());
            var row = new Div();
            row.addClassName("personal-data-export");
            if (export.downloadableAt(clock.instant()) && exports.mayDownload(export)) {
                var download = new Anchor(DownloadHandler.fromInputStream(event -> download(export.id())),
                        "Download ZIP");
                download.setTarget(AnchorTarget.BLANK);
                download.getElement().setAttribute("download", true);
                download.addClassName("download-personal-data");
                row.add(download, meta(" · " + asked + " · " + size(export.sizeBytes()) + " · kept until "
                        + ViewerTime.day(export.expiresAt())));
            } else {
                String state = export.status() == ExportStatus.FAILED ? "Failed: " + export.error()
                        : export.status().label();
                row.add(new Span(state), meta(" · " + asked));
            }
            return row;
        }

        private DownloadResponse download(UUID exportId) {
            try {
                PersonalDataArchive archive = exports.download(exportId);
                return new DownloadResponse(new ByteArrayInputStream(archive.content()), archive.fileName(),
                        PersonalDataArchive.CONTENT_TYPE, archive.content().length);
            } catch (RecordNotFoundException | InvalidInputException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND, "This export is no longer available");
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN, "Only who asked for it, or an admin");
            }
        }
    }

    private static Span meta(String text) {
        var span = new Span(text);
        span.addClassName("timeline-entry-meta");
        return span;
    }

    private static String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / (1024.0 * 1024)) : Math.max(1, bytes / 1024)
                + " KB";
    }
}
