package dev.wecruit.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * A view whose feature is still being built. It says plainly what the view will do, so nobody mistakes it for a
 * finished screen.
 */
public abstract class PlannedView extends VerticalLayout {

    protected PlannedView(String title, String summary, List<String> comingNext) {
        addClassName("planned-view");
        var heading = new H2(title);
        var intro = new Paragraph(summary);
        var next = new UnorderedList();
        comingNext.forEach(item -> next.add(new ListItem(item)));
        var status = new Paragraph("Not built yet. Coming next:");
        status.addClassName("planned-view-status");
        add(heading, intro, status, next);
    }
}
