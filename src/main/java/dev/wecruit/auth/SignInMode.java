package dev.wecruit.auth;

import com.vaadin.flow.component.UI;
import java.util.UUID;

/**
 * How people sign in, as the app frame asks it: signing out and switching firm work differently in each mode
 * (local accounts keep the member in the HTTP session; in Clerk mode the browser's Clerk session is the sign-in,
 * and Clerk.js changes it). Exactly one bean, chosen by {@code wecruit.auth.mode}; callers never branch on the mode.
 */
public interface SignInMode {

    /** Signs the member out of this browser: every open tab of their session with it, then to the sign-in page. */
    void signOut(UI ui);

    /**
     * Acts for another of the member's firms from the next request on; every open tab of the session starts again
     * from the new firm's dashboard, so no view keeps showing the old firm.
     *
     * @throws IllegalArgumentException unless the member belongs to that firm
     */
    void switchFirm(UI ui, UUID tenantId);
}
