package dev.wecruit.platform.graphql;

import dev.wecruit.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A record's id in the API: its GraphQL type and its id, base64url-encoded ({@code Q2FuZGlkYXRlOjAxOT...}), so that
 * {@code node(id)} knows where to look and an id of one type is never taken for another. Clients treat it as opaque.
 */
public record GlobalId(String type, UUID id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public GlobalId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static String of(String type, UUID id) {
        return new GlobalId(type, id).encoded();
    }

    public String encoded() {
        return ENCODER.encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param argument the name of the argument the id came in, for the error
     * @throws InvalidInputException when the text is no id of this API
     */
    public static GlobalId parse(String encoded, String argument) {
        try {
            String text = new String(DECODER.decode(encoded), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon > 0) {
                return new GlobalId(text.substring(0, colon), UUID.fromString(text.substring(colon + 1)));
            }
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            // answered below, the same for every kind of malformed id
        }
        throw InvalidInputException.of(argument, "Not an id of this API");
    }

    /**
     * The id of a record of the type.
     *
     * @throws InvalidInputException when the text is no id, or the id of another type of record
     */
    public static UUID parse(String encoded, String type, String argument) {
        GlobalId id = parse(encoded, argument);
        if (!id.type().equals(type)) {
            throw InvalidInputException.of(argument, "Not the id of a " + type + " but of a " + id.type());
        }
        return id.id();
    }
}
