package dev.wecruit.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The board's two dialogs on their own: what they offer, and what they hand back. */
class BoardDialogsTest {

    private static final UUID JOB = UUID.randomUUID();
    private final Stage longlist = new Stage(UUID.randomUUID(), JOB, "Longlist", 0, StageKind.ACTIVE);
    private final Stage interview = new Stage(UUID.randomUUID(), JOB, "Interview", 1, StageKind.ACTIVE);
    private final Stage rejected = new Stage(UUID.randomUUID(), JOB, "Rejected", 2, StageKind.REJECTED);
    private final List<String> chosen = new ArrayList<>();

    @BeforeEach
    void aUi() {
        MockVaadin.setup();
    }

    @AfterEach
    void noUi() {
        MockVaadin.tearDown();
    }

    @Test
    void a_card_in_the_middle_of_its_column_goes_to_any_other_stage_last_or_one_step_up_or_down() {
        open(1, 3);

        assertThat(choices()).containsExactly("Interview", "Rejected", "Up in Longlist", "Down in Longlist");
        _click(_get(Button.class, spec -> spec.withText("Interview")));
        assertThat(chosen).containsExactly("Interview@" + Integer.MAX_VALUE);
        assertThat(_find(MoveCardDialog.class)).as("closed once chosen").isEmpty();

        open(1, 3);
        _click(_get(Button.class, spec -> spec.withText("Up in Longlist")));
        open(1, 3);
        _click(_get(Button.class, spec -> spec.withText("Down in Longlist")));
        assertThat(chosen).endsWith("Longlist@0", "Longlist@2");
    }

    @Test
    void the_first_card_has_no_step_up_the_last_no_step_down_and_cancel_chooses_nothing() {
        open(0, 2);
        assertThat(choices()).containsExactly("Interview", "Rejected", "Down in Longlist");
        _click(_get(Button.class, spec -> spec.withText("Cancel")));

        open(1, 2);
        assertThat(choices()).containsExactly("Interview", "Rejected", "Up in Longlist");
        _click(_get(Button.class, spec -> spec.withText("Cancel")));

        assertThat(chosen).isEmpty();
        assertThat(_find(MoveCardDialog.class)).isEmpty();
    }

    @Test
    void a_rejection_is_handed_over_only_with_a_reason() {
        List<String> reasons = new ArrayList<>();
        new RejectCardDialog("Zoë O'Brien", reasons::add).open();

        _click(_get(Button.class, spec -> spec.withClasses("board-reject-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Reason")).getErrorMessage())
                .isEqualTo("Give a reason for the rejection");
        assertThat(reasons).isEmpty();

        _get(TextArea.class, spec -> spec.withLabel("Reason")).setValue("Wants a fully remote role");
        _click(_get(Button.class, spec -> spec.withClasses("board-reject-confirm")));

        assertThat(reasons).containsExactly("Wants a fully remote role");
        assertThat(_find(RejectCardDialog.class)).isEmpty();
    }

    private void open(int index, int columnSize) {
        new MoveCardDialog("Zoë O'Brien", List.of(longlist, interview, rejected), longlist, index, columnSize,
                (stage, position) -> chosen.add(stage.name() + "@" + position)).open();
    }

    private static List<String> choices() {
        return _find(Button.class, spec -> spec.withClasses("board-move-to")).stream().map(Button::getText).toList();
    }
}
