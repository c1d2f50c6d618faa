package dev.wecruit.frame;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.Lumo;

/** Switches between Lumo's light and dark variants and remembers the choice in the browser. */
class ThemeToggle extends Button {

    static final String STORAGE_KEY = "wecruit.theme";

    ThemeToggle() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("shell-theme-toggle");
        addClickListener(click -> getUI().ifPresent(ui -> apply(ui, !isDark(ui), true)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        update(ui);
        getElement().executeJs("return window.localStorage.getItem($0)", STORAGE_KEY)
                .then(String.class, stored -> apply(ui, Lumo.DARK.equals(stored), false));
    }

    static boolean isDark(UI ui) {
        return ui.getElement().getThemeList().contains(Lumo.DARK);
    }

    private void apply(UI ui, boolean dark, boolean remember) {
        ui.getElement().getThemeList().set(Lumo.DARK, dark);
        if (remember) {
            ui.getPage().executeJs("window.localStorage.setItem($0, $1)", STORAGE_KEY, dark ? Lumo.DARK : Lumo.LIGHT);
        }
        update(ui);
    }

    private void update(UI ui) {
        boolean dark = isDark(ui);
        setIcon(new Icon(dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O));
        setAriaLabel(dark ? "Switch to light theme" : "Switch to dark theme");
        setTooltipText(dark ? "Light theme" : "Dark theme");
    }
}
