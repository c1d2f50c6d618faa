package dev.wecruit.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/**
 * What a form shows when its save was refused because someone else changed the record in between: a sentence saying
 * so and a button that reloads their version. Hidden until {@link #show(Runnable)}.
 */
public final class StaleNotice extends Div {

    private final String recordName;

    /** @param recordName what the record is called in a sentence, such as "candidate" */
    public StaleNotice(String recordName) {
        this.recordName = recordName;
        addClassName("form-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** @param reload shows the record as it is now, replacing what the user typed */
    public void show(Runnable reload) {
        removeAll();
        var button = new Button("Reload their changes", click -> {
            setVisible(false);
            reload.run();
        });
        button.addClassName("form-reload");
        add(new Div("This " + recordName + " was changed by someone else while you were editing. Reload to see "
                + "their changes; what you typed here will be replaced."), button);
        setVisible(true);
    }
}
