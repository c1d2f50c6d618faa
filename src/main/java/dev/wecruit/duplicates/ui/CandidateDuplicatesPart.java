package dev.wecruit.duplicates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.wecruit.candidates.PossibleDuplicate;
import dev.wecruit.duplicates.DuplicateService;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * On a candidate's page, for recruiters and admins, when there are any: the firm's candidates who may be the same
 * person, with why and how sure, and "Not a duplicate". Nothing at all when there are none, and for viewers.
 */
@Component
class CandidateDuplicatesPart implements RecordPagePart {

    private final DuplicateService duplicates;
    private final CurrentTenant currentTenant;

    CandidateDuplicatesPart(DuplicateService duplicates, CurrentTenant currentTenant) {
        this.duplicates = duplicates;
        this.currentTenant = currentTenant;
    }

    @Override
    public boolean appliesTo(RecordKind kind) {
        return kind == RecordKind.CANDIDATE;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Section create(RecordPage page) {
        if (!currentTenant.may(Role.RECRUITER)) {
            return Section.none();
        }
        var list = new Div();
        var section = RecordPageView.section("Possible duplicates", list);
        section.addClassName("candidate-duplicates");
        Runnable reload = () -> {
            list.removeAll();
            List<PossibleDuplicate> found = duplicates.of(page.recordId());
            section.setVisible(!found.isEmpty());
            for (PossibleDuplicate duplicate : found) {
                var row = new Div();
                row.addClassName("possible-duplicate");
                var dismiss = new Button("Not a duplicate");
                dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                dismiss.addClassName("duplicate-dismiss");
                dismiss.addClickListener(click -> {
                    duplicates.dismiss(page.recordId(), duplicate.candidate().id());
                    list.remove(row);
                    section.setVisible(list.getComponentCount() > 0);
                });
                row.add(new Anchor("candidates/" + duplicate.candidate().id(), duplicate.candidate().fullName()),
                        new Span(" · " + duplicate.reason() + " · " + DuplicatesView.percent(duplicate.confidence())),
                        dismiss);
                list.add(row);
            }
        };
        reload.run();
        return Section.of(section, reload);
    }
}
