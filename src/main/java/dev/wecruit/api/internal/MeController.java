package dev.wecruit.api.internal;

import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberPrincipal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who a credential acts as, so an integrator can check a key before using it. */
@RestController
class MeController {

    private final CurrentTenant currentTenant;

    MeController(CurrentTenant currentTenant) {
        this.currentTenant = currentTenant;
    }

    @GetMapping("/api/me")
    Map<String, Object> me() {
        MemberPrincipal principal = currentTenant.requireMember();
        var me = new LinkedHashMap<String, Object>();
        me.put("name", principal.displayName());
        me.put("firm", principal.membership().organizationName());
        me.put("role", principal.membership().role().name());
        return me;
    }
}
