package dev.wecruit.api;

import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.Membership;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An API request authenticated by a key: it acts for the key's firm with the key's role, through the same role
 * checks as a member. It is no member, so records it creates have no member as their author.
 */
public record ApiKeyPrincipal(UUID keyId, String keyName, Membership membership) implements MemberPrincipal {

    @Override
    public String email() {
        return null;
    }

    @Override
    public String displayName() {
        return "API key \"" + keyName + "\"";
    }

    @Override
    public List<Membership> memberships() {
        return List.of(membership);
    }

    @Override
    public Optional<UUID> apiKeyId() {
        return Optional.of(keyId);
    }
}
