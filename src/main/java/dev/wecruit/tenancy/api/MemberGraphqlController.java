package dev.wecruit.tenancy.api;

import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.platform.graphql.NodeLoader;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

/**
 * The firm's members in the API ({@code tenancy.graphqls}), read through {@link OrganizationService}. The list is a
 * plain list, not a connection: a firm has tens of members, and their names live in the accounts of whatever signed
 * them in, so the database cannot walk them by name the way a keyset cursor needs.
 */
@Controller
class MemberGraphqlController {

    static final String MEMBER = "Member";

    private final OrganizationService organizations;

    MemberGraphqlController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @QueryMapping
    List<MemberSummary> members() {
        return organizations.members();
    }

    @SchemaMapping(typeName = MEMBER)
    String id(MemberSummary member) {
        return GlobalId.of(MEMBER, member.id());
    }

    @SchemaMapping(typeName = MEMBER)
    String name(MemberSummary member) {
        return member.displayName();
    }

    @Component
    static class MemberNodes implements NodeLoader {

        private final OrganizationService organizations;

        MemberNodes(OrganizationService organizations) {
            this.organizations = organizations;
        }

        @Override
        public String type() {
            return MEMBER;
        }

        @Override
        public Class<?> javaType() {
            return MemberSummary.class;
        }

        @Override
        public Map<UUID, ?> load(Collection<UUID> ids) {
            return organizations.members(ids);
        }
    }
}
