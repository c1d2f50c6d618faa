package dev.wecruit.frame;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.wecruit.auth.FirmSwitching;
import dev.wecruit.auth.SignInMode;
import dev.wecruit.shell.ViewerTime;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view. The navigation comes from the views' {@code @Menu} annotations, filtered
 * by what the member may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final CurrentTenant currentTenant;
    private final OrganizationService organizations;

    MainLayout(CurrentTenant currentTenant, OrganizationService organizations, SignInMode signIn,
            FirmSwitching switching) {
        this.currentTenant = currentTenant;
        this.organizations = organizations;
        MemberPrincipal member = currentTenant.requireMember();
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
        addToNavbar(new DrawerToggle(), header(member, signIn,
                new FirmSwitcher(switching, member.membership())));
    }

    /**
     * Learns the viewer's time zone from their browser, once a session. A firm without a zone yet takes the zone of
     * the first admin who signs in.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ViewerTime.learn(attachEvent.getUI(), zone -> {
            if (currentTenant.may(Role.ADMIN)) {
                organizations.adoptTimeZone(zone);
            }
        });
    }

    private static Component brand() {
        var brand = new Span("Wecruit");
        brand.addClassName("shell-brand");
        return brand;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("shell-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private static Component header(MemberPrincipal member, SignInMode signIn, Component firm) {
        var name = new Span(member.displayName());
        name.addClassName("shell-member-name");
        var role = new Span(member.membership().role().label());
        role.addClassName("shell-member-role");
        var who = new Div(name, role);
        who.addClassName("shell-member");
        var avatar = new Avatar(member.displayName());
        avatar.setTooltipEnabled(true);

        var signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT),
                click -> click.getSource().getUI().ifPresent(signIn::signOut));
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("shell-sign-out");

        var spacer = new Div();
        var header = new HorizontalLayout(firm, spacer, new ThemeToggle(), avatar, who, signOut);
        header.addClassName("shell-header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        return header;
    }
}
