package dev.wecruit.clerk.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.wecruit.clerk.internal.ClerkProperties;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads Clerk.js into every page of the app in Clerk mode, not only the sign-in page: Clerk.js renews the
 * minute-long session token in the {@code __session} cookie while a tab is open (without it every request after a
 * minute would be signed out), and switching firm and signing out go through it. Pages then wait for
 * {@code window.wecruitClerk}, a promise of the loaded Clerk instance, instead of racing the script.
 *
 * <p>The script comes from the instance's own Frontend API, pinned to major version 5 (its browser bundle includes
 * the sign-in and organization components); no npm package, so no frontend build.
 */
@Component
@ConditionalOnProperty(name = "wecruit.auth.mode", havingValue = "clerk")
class ClerkScriptInstaller implements VaadinServiceInitListener {

    static final String SCRIPT_ID = "wecruit-clerk-js";

    /** Calls Clerk.load() exactly once, after the script has run, whichever comes first. */
    private static final String LOADER = """
            window.wecruitClerk = new Promise(function (resolve, reject) {
              var script = document.getElementById('%s');
              var load = function () {
                if (!window.Clerk || typeof window.Clerk.load !== 'function') {
                  reject(new Error('Clerk.js did not start'));
                  return;
                }
                window.Clerk.load().then(function () { resolve(window.Clerk); }, reject);
              };
              if (window.Clerk && typeof window.Clerk.load === 'function') {
                load();
              } else {
                script.addEventListener('load', load);
                script.addEventListener('error', function () { reject(new Error('Clerk.js could not be loaded')); });
              }
            });
            window.wecruitClerk.catch(function () {});
            """.formatted(SCRIPT_ID);

    private final String source;
    private final String publishableKey;

    ClerkScriptInstaller(ClerkProperties clerk) {
        if (clerk.frontendApi() == null || clerk.publishableKey() == null || clerk.publishableKey().isBlank()) {
            throw new IllegalStateException("Clerk mode needs wecruit.auth.clerk.publishable-key (pk_live_... or"
                    + " pk_test_...) and wecruit.auth.clerk.frontend-api: the sign-in page loads Clerk.js with them");
        }
        this.source = clerk.issuer() + "/npm/@clerk/clerk-js@5/dist/clerk.browser.js";
        this.publishableKey = clerk.publishableKey().strip();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Element head = response.getDocument().head();
            head.appendElement("script")
                    .attr("id", SCRIPT_ID)
                    .attr("src", source)
                    .attr("data-clerk-publishable-key", publishableKey)
                    .attr("crossorigin", "anonymous")
                    .attr("async", true)
                    .attr("type", "text/javascript");
            head.appendElement("script").attr("type", "text/javascript").appendChild(new DataNode(LOADER));
        });
    }
}
