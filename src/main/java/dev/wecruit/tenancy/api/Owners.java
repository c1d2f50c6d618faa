package dev.wecruit.tenancy.api;

import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The owners of a page of records, as the API's {@code Member}, in one read of the firm's members: so that a
 * feature's {@code owner: Member} field is one line, {@code @BatchMapping Map<X, MemberSummary> owner(List<X> xs)
 * { return owners.of(xs, X::ownerId); }}, and costs no query per record.
 */
@Component
public class Owners {

    private final OrganizationService organizations;

    Owners(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /**
     * Each record's owner; a record without one, or whose owner is no member of the firm, is left out (the field is
     * then null).
     */
    public <K> Map<K, MemberSummary> of(List<K> records, Function<K, UUID> ownerId) {
        Map<UUID, MemberSummary> members = organizations.members(records.stream().map(ownerId)
                .filter(Objects::nonNull).distinct().toList());
        Map<K, MemberSummary> owners = new HashMap<>();
        for (K record : records) {
            MemberSummary owner = members.get(ownerId.apply(record));
            if (owner != null) {
                owners.put(record, owner);
            }
        }
        return owners;
    }
}
