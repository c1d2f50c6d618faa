package dev.wecruit.auth.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.wecruit.auth.spi.SignedInMembers;
import org.springframework.stereotype.Component;

/** Keeps a member who signed in with a one-time password on the password page until they have chosen their own. */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final SignedInMembers sessions;

    PasswordChangeGate(SignedInMembers sessions) {
        this.sessions = sessions;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::gate));
    }

    private void gate(BeforeEnterEvent event) {
        boolean mustChange = sessions.current().map(member -> member.mustChangePassword()).orElse(false);
        if (mustChange && event.getNavigationTarget() != ChangePasswordView.class
                && event.getNavigationTarget() != LoginView.class) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
