package dev.wecruit.clerk.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What kind of request the Clerk filter is answering, which decides how a missing or refused sign-in is answered: a
 * page can be sent elsewhere, Vaadin's own requests and API calls get 401.
 */
class RequestKinds {

    static final String CHOOSE_FIRM = "/choose-firm";

    private final RequestUtil vaadinRequests;

    /** @param vaadinRequests tells Vaadin's own requests and anonymous views; none outside a Vaadin app */
    RequestKinds(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    /** The static parts of the app show nothing of a firm; webhooks are signed by Svix, not by a session. */
    static boolean needsNoSignIn(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/") || path.startsWith("/styles/")
                || path.startsWith("/icons/") || path.startsWith("/favicon") || path.startsWith("/api/webhooks/");
    }

    /**
     * A browser loading a page, which can be sent elsewhere: not Vaadin's own requests, not the API, not a script
     * asking for JSON.
     */
    boolean isPage(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        if (isVaadin(request) || path(request).startsWith("/api/")
                || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || !accept.contains("application/json");
    }

    /** Vaadin's own requests (UIDL, heartbeat, push): they belong to a UI already in the session. */
    boolean isVaadin(HttpServletRequest request) {
        if (vaadinRequests != null) {
            return vaadinRequests.isFrameworkInternalRequest(request);
        }
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }

    /** The sign-in and choose-firm views, which a user without a firm must reach. */
    boolean isAnonymousView(HttpServletRequest request) {
        if (vaadinRequests != null) {
            return vaadinRequests.isAnonymousRoute(request);
        }
        String path = path(request);
        return path.equals(CHOOSE_FIRM) || path.equals("/sign-in");
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
