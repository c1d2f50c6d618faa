package dev.wecruit.auth.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.wecruit.auth.AuthMode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * In Clerk mode, loads Clerk.js on every page. Clerk's session tokens live about a minute; Clerk.js renews the
 * {@code __session} cookie in the background, so every request of a long working session carries a fresh token, and
 * it is what signs out and switches organizations in the browser.
 */
@Component
class ClerkScript implements VaadinServiceInitListener {

    private final AuthProperties properties;

    ClerkScript(AuthProperties properties) {
        this.properties = properties;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (properties.mode() != AuthMode.CLERK) {
            return;
        }
        event.addIndexHtmlRequestListener(response -> {
            Element script = response.getDocument().head().appendElement("script");
            script.attr("async", true);
            script.attr("crossorigin", "anonymous");
            script.attr("data-clerk-publishable-key", properties.clerk().publishableKey());
            script.attr("src", scriptUrl(properties.clerk()));
            script.attr("onload", "window.Clerk && window.Clerk.load()");
        });
    }

    /** Clerk.js of the major version this app is written against, from the instance's Frontend API. */
    static String scriptUrl(AuthProperties.Clerk clerk) {
        return clerk.issuer() + "/npm/@clerk/clerk-js@5/dist/clerk.browser.js";
    }
}
