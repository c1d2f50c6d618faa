package dev.wecruit.duplicates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.duplicates.CandidateMergeService;
import dev.wecruit.duplicates.MergeField;
import dev.wecruit.duplicates.MergeSide;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MergeCandidatesDialogTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;
    @Autowired CandidateMergeService merges;

    TestFirms.CreatedFirm firm;
    CandidateDetails maria;
    CandidateDetails marria;

    @BeforeEach
    void aFirmWithAPairOfDuplicates() {
        firm = TestFirms.aFirm("Side by Side").withMember(Role.RECRUITER).withMember(Role.VIEWER)
                .create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
        maria = candidates.create(aCandidate().named("Maria", "Lopez").titled("Accountant", "Acme").draft());
        marria = candidates.create(aCandidate().named("Marria", "Lopez").titled("Controller", "Acme")
                .withPhone("+44 7700 900456").draft());
    }

    @Test
    void the_dialog_shows_both_side_by_side_and_merges_with_the_values_chosen_per_row() {
        UI.getCurrent().navigate("candidates/" + maria.id());
        _click(_get(_get(Div.class, spec -> spec.withClasses("candidate-duplicates")), Button.class,
                spec -> spec.withText("Merge…")));

        MergeCandidatesDialog dialog = _get(MergeCandidatesDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Merge Marria Lopez into Maria Lopez");
        Div title = _get(dialog, Div.class, spec -> spec.withClasses("merge-row").withAttribute("data-field",
                MergeField.CURRENT_TITLE.name()));
        assertThat(title.getElement().getTextRecursively()).contains("Current title");
        assertThat(dialog.choiceOf(MergeField.CURRENT_TITLE).getValue()).isEqualTo(MergeSide.SURVIVOR);
        assertThat(dialog.choiceOf(MergeField.CURRENT_TITLE).getListDataView().getItems()
                .map(dialog.choiceOf(MergeField.CURRENT_TITLE).getItemLabelGenerator()::apply).toList())
                .containsExactly("Accountant", "Controller");
        // Maria has no phone: the other's is kept unless the user says otherwise
        assertThat(dialog.choiceOf(MergeField.PHONES).getValue()).isEqualTo(MergeSide.OTHER);
        // the same employer on both: nothing to choose
        assertThat(dialog.choiceOf(MergeField.CURRENT_COMPANY)).isNull();

        dialog.choiceOf(MergeField.CURRENT_TITLE).setValue(MergeSide.OTHER);
        dialog.choiceOf(MergeField.FIRST_NAME).setValue(MergeSide.SURVIVOR);
        _click(_get(Button.class, spec -> spec.withClasses("merge-confirm")));

        assertThat(_find(MergeCandidatesDialog.class)).isEmpty();
        CandidateDetails merged = candidates.get(maria.id());
        assertThat(merged.fullName()).isEqualTo("Maria Lopez");
        assertThat(merged.currentTitle()).isEqualTo("Controller");
        assertThat(merged.phones()).containsExactly("+447700900456");
        assertThat(candidates.retired(marria.id())).isTrue();

        UI.getCurrent().navigate("candidates/" + maria.id());
        Div merge = _get(Div.class, spec -> spec.withClasses("candidate-merge"));
        assertThat(merge.getElement().getTextRecursively()).contains("Merged with", "Marria Lopez");
        _click(_get(merge, Button.class, spec -> spec.withText("Unmerge")));

        assertThat(candidates.retired(marria.id())).isFalse();
        assertThat(candidates.get(maria.id()).currentTitle()).isEqualTo("Accountant");
        assertThat(merges.mergesOf(maria.id())).isEmpty();
    }

    @Test
    void swapping_keeps_the_other_record_and_the_duplicates_list_offers_the_merge_too() {
        UI.getCurrent().navigate("duplicates");
        _click(_get(_get(Div.class, spec -> spec.withClasses("duplicate-pair")), Button.class,
                spec -> spec.withText("Merge…")));
        MergeCandidatesDialog dialog = _get(MergeCandidatesDialog.class);
        String before = dialog.getHeaderTitle();

        _click(_get(Button.class, spec -> spec.withClasses("merge-swap")));

        assertThat(dialog.getHeaderTitle()).isNotEqualTo(before);
        _click(_get(Button.class, spec -> spec.withClasses("merge-confirm")));
        List<UUID> kept = List.of(maria.id(), marria.id()).stream().filter(id -> !candidates.retired(id)).toList();
        assertThat(kept).hasSize(1);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_merge_the_form_would_refuse_shows_why_and_changes_nothing() {
        CandidateDetails stale = maria;
        candidates.update(maria.id(), maria.version(), maria.toDraft().toBuilder().currentTitle("Auditor").build());
        UI.getCurrent().navigate("duplicates");
        _click(_get(_get(Div.class, spec -> spec.withClasses("duplicate-pair")), Button.class,
                spec -> spec.withText("Merge…")));
        MergeCandidatesDialog dialog = _get(MergeCandidatesDialog.class);
        // someone merges them elsewhere while the dialog is open
        merges.merge(marria.id(), candidates.get(marria.id()).version(), stale.id(),
                candidates.get(stale.id()).version(), java.util.Map.of());

        _click(_get(Button.class, spec -> spec.withClasses("merge-confirm")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, Div.class, spec -> spec.withClasses("merge-error")).getText())
                .contains("merged into another candidate already");
    }
}
