package dev.wecruit;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.stream.Collectors;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Base of the karibu-testing view tests: a mocked Vaadin UI on the real Spring context and database. */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    /**
     * Karibu's own discovery sees only public classes; our views are package-private, as the style guide asks,
     * so Spring's scanner (the one the app uses) adds them.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("dev.wecruit");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("dev.wecruit")) {
            routes.getRoutes().add((Class<? extends Component>) ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), KaribuTest.class.getClassLoader()));
        }
        return routes;
    }

    /** The app's routes, for view tests that cannot extend this class (another kind of Spring context). */
    public static Routes routes() {
        return ROUTES;
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    /**
     * Signs in through the real authentication provider and hands the principal to karibu's fake request, which is
     * what Vaadin's navigation access control reads (no servlet filter runs here to do it).
     */
    protected void signIn(TestFirms.CreatedMember member) {
        Authentication authentication = SignedIn.as(context.getBean(LocalAuthenticationProvider.class), member);
        var request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignedIn.out();
    }

    /** Everything the page shows as text: the view and the layout around it. */
    protected static String pageText() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .map(target -> target.getElement().getTextRecursively()).collect(Collectors.joining("\n"));
    }

    /** Another browser tab of the same member: a UI of its own in the session, showing the address. */
    protected static UI openAnotherTab(String location) {
        VaadinSession session = VaadinSession.getCurrent();
        var ui = new UI();
        ui.getInternals().setSession(session);
        UI.setCurrent(ui);
        ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
        session.addUI(ui);
        ui.navigate(location);
        return ui;
    }
}
