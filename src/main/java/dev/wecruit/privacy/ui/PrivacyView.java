package dev.wecruit.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.privacy.DueCandidate;
import dev.wecruit.privacy.DueCounts;
import dev.wecruit.privacy.RetentionPreview;
import dev.wecruit.privacy.RetentionRules;
import dev.wecruit.privacy.RetentionService;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.FormErrors;
import dev.wecruit.shell.ViewerTime;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * Privacy for admins: who is due for anonymisation (counts, and the list soonest first) with "Extend" and
 * "Anonymise now" on each, the last run, a dry-run preview of the next one, and the firm's retention rules.
 */
@Route("admin/privacy")
@PageTitle("Privacy · Wecruit")
@Menu(order = 15, title = "Privacy", icon = "vaadin:shield")
@RolesAllowed("ADMIN")
class PrivacyView extends Div {

    /** How many due candidates the list shows; the counts say how many there are in all. */
    static final int SHOWN = 500;

    private final RetentionService retention;
    private final Span counts = new Span();
    private final Span lastRun = new Span();
    private final Grid<DueCandidate> due = new Grid<>();
    private final FormErrors rulesErrors = new FormErrors();
    private final IntegerField rejectedMonths = rulesErrors.bind("rejectedMonths",
            new IntegerField("Rejected from every job (months)"));
    private final IntegerField noticeDays = rulesErrors.bind("noticeDays", new IntegerField("Notice (days)"));

    PrivacyView(RetentionService retention) {
        this.retention = retention;
        addClassNames("list-view", "privacy-view");
        var preview = new Button("Preview the next run", click -> openPreview());
        preview.addClassName("retention-preview");
        var header = new Div(new Div(new H2("Privacy"), counts, lastRun), preview);
        header.addClassName("list-view-header");
        counts.addClassName("retention-counts");
        lastRun.addClassName("retention-last-run");

        due.addClassName("due-grid");
        due.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        due.addComponentColumn(candidate -> new Anchor("candidates/" + candidate.candidateId(), candidate.name()))
                .setHeader("Candidate").setKey("candidate").setFlexGrow(2);
        due.addColumn(candidate -> candidate.lastActiveAt() == null ? "Never"
                : ViewerTime.day(candidate.lastActiveAt())).setHeader("Last activity").setAutoWidth(true);
        due.addColumn(candidate -> Display.day(candidate.dueOn())).setHeader("Anonymised on").setAutoWidth(true);
        due.addColumn(candidate -> candidate.rule().label()).setHeader("Why").setFlexGrow(2);
        due.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        due.setEmptyStateText("Nobody is due. Candidates show here before they are anonymised.");

        add(header, due, rulesSection());
        refresh();
    }

    private Div actions(DueCandidate candidate) {
        var extend = new Button("Extend", click -> openExtend(candidate));
        extend.addClassName("extend-retention");
        extend.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var anonymise = new Button("Anonymise now", click -> openAnonymise(candidate));
        anonymise.addClassName("anonymise-now");
        anonymise.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new Div(extend, anonymise);
    }

    private void refresh() {
        DueCounts dueCounts = retention.dueCounts();
        counts.setText(dueCounts.due() == 0 ? "Nobody is due for anonymisation."
                : dueCounts.due() + (dueCounts.due() == 1 ? " candidate is" : " candidates are")
                        + " due; the next run anonymises " + dueCounts.nextRun() + ".");
        lastRun.setText(retention.lastRun().map(run -> " Last run " + Display.day(run.runOn()) + ": "
                + run.anonymised() + " anonymised, " + run.noticed() + " newly due, " + run.withdrawn()
                + " no longer due" + (run.finishedAt() == null ? " (still running)" : "") + ".")
                .orElse(" No run yet: the first runs tonight."));
        due.setItems(retention.due(0, SHOWN));
    }

    private void openExtend(DueCandidate candidate) {
        var dialog = new Dialog("Keep " + candidate.name() + " longer");
        dialog.addClassName("extend-retention-dialog");
        var errors = new FormErrors();
        var until = errors.bind("until", new DatePicker("Keep until"));
        until.setMin(LocalDate.now().plusDays(1));
        until.setValue(LocalDate.now().plusMonths(6));
        var reason = errors.bind("reason", new TextArea("Why"));
        reason.setHelperText("Audited. For example: placed candidate, guarantee period; ongoing dispute.");
        reason.setMaxLength(500);
        reason.setWidthFull();
        var save = new Button("Extend", click -> {
            try {
                retention.extend(candidate.candidateId(), until.getValue(), reason.getValue());
                dialog.close();
                Notification.show(candidate.name() + " is kept until " + Display.day(until.getValue()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException e) {
                errors.show(e.fieldErrors());
            }
        });
        save.addClassName("extend-retention-confirm");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(until, reason), errors.formError());
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.setWidth("min(30rem, 95vw)");
        dialog.open();
    }

    private void openAnonymise(DueCandidate candidate) {
        var dialog = new Dialog("Anonymise " + candidate.name() + " now?");
        dialog.addClassName("anonymise-now-dialog");
        dialog.add(new Paragraph("Their details, files, CV text and the free text of their activities are removed."
                + " Their applications and stage history stay, as \"Anonymised candidate\", so the firm's figures"
                + " stay true. It cannot be undone."));
        var confirm = new Button("Anonymise", click -> {
            retention.anonymiseNow(candidate.candidateId());
            dialog.close();
            Notification.show("Anonymised").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        confirm.addClassName("anonymise-now-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void openPreview() {
        RetentionPreview preview = retention.preview();
        var dialog = new Dialog("The run of " + Display.day(preview.runOn()));
        dialog.addClassName("retention-preview-dialog");
        dialog.add(new Paragraph("Worked out as the run would, without changing anything."));
        dialog.add(previewList("Anonymises " + preview.toAnonymise().size(), preview.toAnonymise(),
                "preview-anonymise"));
        dialog.add(previewList("Newly due: " + preview.toNotice().size(), preview.toNotice(), "preview-notice"));
        var withdrawn = new Paragraph("No longer due (an activity, a hold, an extension or a new job since): "
                + preview.toWithdraw().size());
        withdrawn.addClassName("preview-withdraw");
        dialog.add(withdrawn);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private static Div previewList(String heading, List<DueCandidate> candidates, String className) {
        var list = new Div(new H3(heading));
        list.addClassName(className);
        candidates.stream().limit(50).forEach(candidate -> list.add(new Div(new Anchor(
                "candidates/" + candidate.candidateId(), candidate.name()), new Span(" · on "
                + Display.day(candidate.dueOn())))));
        if (candidates.size() > 50) {
            list.add(new Span("and " + (candidates.size() - 50) + " more"));
        }
        return list;
    }

    private Div rulesSection() {
        RetentionRules rules = retention.rules();
        var period = new Paragraph("Candidates are kept for " + rules.retentionMonths() + " months after their last"
                + " activity (the firm's period, in Settings), longer while their consent runs, while they are in an"
                + " open job's pipeline, on legal hold, or kept by an admin.");
        rejectedMonths.setValue(rules.rejectedMonths());
        rejectedMonths.setMin(1);
        rejectedMonths.setMax(rules.retentionMonths());
        rejectedMonths.setClearButtonVisible(true);
        rejectedMonths.setHelperText("Optional: a shorter period for candidates rejected from every job. Empty: the"
                + " firm's period.");
        noticeDays.setValue(rules.noticeDays());
        noticeDays.setMin(0);
        noticeDays.setMax(RetentionRules.MAX_NOTICE_DAYS);
        noticeDays.setStepButtonsVisible(true);
        noticeDays.setHelperText("Candidates show here this many days before they are anonymised");
        var save = new Button("Save rules", click -> {
            try {
                retention.changeRules(rejectedMonths.getValue(),
                        noticeDays.getValue() == null ? -1 : noticeDays.getValue());
                rulesErrors.clear();
                Notification.show("Retention rules saved. The next run applies them.")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException e) {
                rulesErrors.show(e.fieldErrors());
            }
        });
        save.addClassName("retention-save-rules");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var section = new Div(new H3("Retention rules"), period, new Div(rejectedMonths, noticeDays),
                rulesErrors.formError(), save);
        section.addClassName("settings-section");
        return section;
    }
}
