package dev.wecruit.auth.internal;

import dev.wecruit.auth.AuthMode;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people sign in ({@code wecruit.auth.*}). The Clerk instance's settings ({@code wecruit.auth.clerk.*}) belong to
 * the clerk module.
 *
 * @param mode {@code local} (default) or {@code clerk}
 * @param invitationValidity how long an invited member's one-time password works
 */
@ConfigurationProperties("wecruit.auth")
public record AuthProperties(AuthMode mode, Duration invitationValidity) {

    public AuthProperties {
        mode = mode == null ? AuthMode.LOCAL : mode;
        invitationValidity = invitationValidity == null ? Duration.ofDays(7) : invitationValidity;
    }
}
