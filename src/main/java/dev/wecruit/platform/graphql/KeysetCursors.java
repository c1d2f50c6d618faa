package dev.wecruit.platform.graphql;

import dev.wecruit.platform.graphql.Paging.InvalidCursorException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;

/**
 * Connection cursors: a keyset position (the order's values and the id of a record), each value with its type, so
 * it comes back as what the query compares with. Base64url and opaque to clients. Anything that does not decode to
 * such a position is an {@link InvalidCursorException}, a bad request, never a server error. Spring's default
 * strategy writes JSON, which brings an {@code Instant} or a {@code UUID} back as text.
 */
class KeysetCursors implements CursorStrategy<ScrollPosition> {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    @Override
    public boolean supports(Class<?> targetType) {
        return ScrollPosition.class.isAssignableFrom(targetType);
    }

    @Override
    public String toCursor(ScrollPosition position) {
        if (!(position instanceof KeysetScrollPosition keyset)) {
            throw new IllegalArgumentException("Only keyset positions are cursors of this API, not " + position);
        }
        var text = new StringBuilder();
        keyset.getKeys().forEach((key, value) -> {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(key).append('=').append(tag(value)).append(':')
                    .append(value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        });
        return ENCODER.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ScrollPosition fromCursor(String cursor) {
        Map<String, Object> keys = new LinkedHashMap<>();
        try {
            String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            for (String field : text.split("&", -1)) {
                int equals = field.indexOf('=');
                if (equals < 1 || field.length() < equals + 3 || field.charAt(equals + 2) != ':'
                        || keys.containsKey(field.substring(0, equals))) {
                    throw new InvalidCursorException();
                }
                keys.put(field.substring(0, equals), value(field.substring(equals + 1, equals + 2),
                        URLDecoder.decode(field.substring(equals + 3), StandardCharsets.UTF_8)));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException notACursor) {
            throw new InvalidCursorException();
        }
        if (!keys.containsKey("id")) {
            throw new InvalidCursorException();
        }
        return ScrollPosition.forward(keys);
    }

    private static String tag(Object value) {
        return switch (value) {
            case null -> "z";
            case String ignored -> "s";
            case UUID ignored -> "u";
            case Instant ignored -> "i";
            case LocalDate ignored -> "d";
            case Long ignored -> "l";
            case Integer ignored -> "n";
            default -> throw new IllegalArgumentException("No cursor for a value of " + value.getClass());
        };
    }

    private static Object value(String tag, String text) {
        return switch (tag) {
            case "z" -> null;
            case "s" -> text;
            case "u" -> UUID.fromString(text);
            case "i" -> Instant.parse(text);
            case "d" -> LocalDate.parse(text);
            case "l" -> Long.parseLong(text);
            case "n" -> Integer.parseInt(text);
            default -> throw new InvalidCursorException();
        };
    }
}
