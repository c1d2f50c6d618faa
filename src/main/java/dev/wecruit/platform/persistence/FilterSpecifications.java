package dev.wecruit.platform.persistence;

import dev.wecruit.shared.LikePattern;
import dev.wecruit.shared.RecordFilter;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns a {@link RecordFilter} into a JPA {@link Specification}, and a {@link RecordFilter.Order} into a keyset
 * {@link Sort}, over an entity whose fields are named by the feature: the feature says which attribute each field
 * is, so no caller ever names a column.
 */
public final class FilterSpecifications {

    private FilterSpecifications() {
    }

    public static <E, F extends Enum<F>> Specification<E> of(RecordFilter<F> filter, Function<F, String> attribute) {
        return (root, query, cb) -> predicate(filter, attribute, root, cb);
    }

    /** The order by the field, then by id in the same direction: what a keyset scroll needs. */
    public static <F extends Enum<F>> Sort sort(RecordFilter.Order<F> order, Function<F, String> attribute) {
        Sort.Direction direction = order.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
        String property = attribute.apply(order.field());
        return "id".equals(property) ? Sort.by(direction, "id") : Sort.by(direction, property, "id");
    }

    private static <E, F extends Enum<F>> Predicate predicate(RecordFilter<F> filter, Function<F, String> attribute,
            Root<E> root, CriteriaBuilder cb) {
        return switch (filter) {
            case RecordFilter.All<F> all -> cb.and(all.parts().stream()
                    .map(part -> predicate(part, attribute, root, cb)).toArray(Predicate[]::new));
            case RecordFilter.Any<F> any -> cb.or(any.parts().stream()
                    .map(part -> predicate(part, attribute, root, cb)).toArray(Predicate[]::new));
            case RecordFilter.Not<F> not -> cb.not(predicate(not.part(), attribute, root, cb));
            case RecordFilter.Condition<F> condition -> condition(condition, root.get(attribute.apply(
                    condition.field())), cb);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate condition(RecordFilter.Condition<?> condition, Path<?> path, CriteriaBuilder cb) {
        Object value = condition.values().isEmpty() ? null : condition.values().getFirst();
        return switch (condition.operator()) {
            case EQ -> cb.equal(path, value);
            case IN -> condition.values().isEmpty() ? cb.disjunction() : path.in(condition.values());
            case STARTS_WITH -> cb.like(lower(path, cb), like(value) + "%", '\\');
            case CONTAINS -> cb.like(lower(path, cb), "%" + like(value) + "%", '\\');
            case FROM -> cb.greaterThanOrEqualTo((Expression<Comparable>) path, (Comparable) value);
            case BEFORE -> cb.lessThan((Expression<Comparable>) path, (Comparable) value);
        };
    }

    private static Expression<String> lower(Path<?> path, CriteriaBuilder cb) {
        return cb.lower(path.as(String.class));
    }

    private static String like(Object value) {
        return LikePattern.escaped(value.toString().toLowerCase(Locale.ROOT));
    }
}
