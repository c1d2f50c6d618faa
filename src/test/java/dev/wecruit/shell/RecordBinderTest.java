package dev.wecruit.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form kit's binder and error placement, on a small draft of its own. */
class RecordBinderTest {

    public record Draft(String name, List<String> emails, Integer age, List<String> history) {
    }

    final RecordBinder<Draft> binder = new RecordBinder<>(Draft.class);
    final FormErrors errors = new FormErrors(binder);
    final TextField name = new TextField("Name");
    final TextArea emails = new TextArea("Emails");
    final IntegerField age = new IntegerField("Age");

    @BeforeEach
    void aForm() {
        MockVaadin.setup();
        age.setMax(120);
        binder.bind(name, "name");
        binder.forField(emails).withConverter(RecordBinder.lines()).bind("emails");
        binder.bind(age, "age");
        binder.keep("history", List.of());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void the_fields_write_a_draft_with_a_value_a_line_and_text_as_typed() throws ValidationException {
        name.setValue("  Ada ");
        emails.setValue("ada@example.com\n\n  ada@example.org \n");
        age.setValue(36);

        assertThat(binder.writeRecord()).isEqualTo(new Draft("  Ada ", List.of("ada@example.com",
                "ada@example.org"), 36, List.of()));
    }

    @Test
    void a_draft_read_is_shown_and_what_the_form_does_not_show_is_kept_until_a_new_record() throws Exception {
        binder.readRecord(new Draft(null, List.of("a@example.com", "b@example.com"), null, List.of("Analyst")));

        assertThat(name.getValue()).isEmpty();
        assertThat(emails.getValue()).isEqualTo("a@example.com\nb@example.com");
        assertThat(binder.writeRecord().history()).containsExactly("Analyst");

        binder.forgetKept();
        assertThat(binder.writeRecord().history()).isEmpty();
    }

    @Test
    void a_number_outside_the_fields_range_stops_the_save_but_text_is_left_to_the_service() {
        name.setMaxLength(3);
        name.setValue("Too long for the field");
        assertThat(binder.validate().isOk()).as("text goes to the service as typed").isTrue();

        age.setValue(130);
        assertThatThrownBy(binder::writeRecord).isInstanceOf(ValidationException.class);
        assertThat(age.isInvalid()).isTrue();
    }

    @Test
    void a_services_messages_land_on_the_bound_fields_and_the_rest_on_the_form_line() {
        var messages = new LinkedHashMap<String, String>();
        messages.put("emails", "Not an email address: ada@");
        messages.put("emails[1]", "A second message about the same field");
        messages.put("history[0].title", "A role needs a title");
        messages.put("somethingElse", "Try again later");
        errors.show(messages);

        assertThat(emails.isInvalid()).isTrue();
        assertThat(emails.getErrorMessage()).isEqualTo("Not an email address: ada@");
        assertThat(name.isInvalid()).isFalse();
        assertThat(errors.formError().getText())
                .isEqualTo("A second message about the same field A role needs a title Try again later");

        errors.show(Map.of("name", "Enter a name"));
        assertThat(emails.isInvalid()).as("the earlier refusal's messages are gone").isFalse();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name");
        assertThat(errors.formError().isVisible()).isFalse();
    }

    @Test
    void changing_a_field_takes_its_message_away() {
        errors.show(Map.of("name", "Enter a name"));
        name.setValue("Ada");

        assertThat(name.isInvalid()).isFalse();
    }
}
