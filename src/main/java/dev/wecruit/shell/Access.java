package dev.wecruit.shell;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * Whether the signed-in member may open a view, by the same {@code @RolesAllowed} and {@code @PermitAll} rules
 * navigation enforces: a button that leads to a view the member cannot open is not shown.
 */
public final class Access {

    private static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();

    private Access() {
    }

    /** Whether the member may open the view at this location, such as {@code candidates/new}. */
    public static boolean mayOpen(String location) {
        return RouteConfiguration.forSessionScope().getRoute(location)
                .map(CHECKER::hasAccess)
                .orElse(false);
    }
}
