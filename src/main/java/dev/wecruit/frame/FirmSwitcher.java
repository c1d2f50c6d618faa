package dev.wecruit.frame;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.wecruit.auth.FirmSwitching;
import dev.wecruit.tenancy.Membership;
import java.util.List;

/**
 * The firm the member acts for, in the header. A member of several firms picks another here; every open tab of
 * their session then starts again from the dashboard of the new firm, so no view keeps showing the old firm's data.
 */
class FirmSwitcher extends Composite<Div> {

    FirmSwitcher(FirmSwitching switching, Membership active) {
        Div root = getContent();
        root.addClassName("shell-firm");
        List<Membership> firms = switching.firms();
        if (firms.size() <= 1) {
            var name = new Span(active.organizationName());
            name.getElement().setAttribute("title", "Your firm");
            root.add(name);
            return;
        }
        var select = new Select<Membership>();
        select.setAriaLabel("Switch firm");
        select.addClassName("shell-firm-switcher");
        select.setItems(firms);
        select.setItemLabelGenerator(Membership::organizationName);
        select.setValue(firms.stream().filter(firm -> firm.tenantId().equals(active.tenantId())).findFirst()
                .orElse(active));
        select.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            switching.switchTo(UI.getCurrent(), event.getValue().tenantId());
        });
        root.add(select);
    }
}
