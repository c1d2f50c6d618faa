package dev.wecruit.intake;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local server on loopback speaking the OpenAI chat completions protocol, as far as LangChain4j's client uses it:
 * it records each request and answers with a canned assistant message, or with an HTTP error.
 */
public final class OpenAiStandIn implements AutoCloseable {

    /** One request as the stand-in received it. */
    public record Received(String path, String authorization, String body) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    public final List<Received> requests = new CopyOnWriteArrayList<>();
    private volatile Function<String, String> content = request -> "{}";
    private volatile int status = 200;

    public OpenAiStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), request));
            byte[] body = (status == 200 ? JSON.writeValueAsString(java.util.Map.of(
                    "id", "chatcmpl-1", "object", "chat.completion", "created", 1_700_000_000L, "model", "cv-model",
                    "choices", List.of(java.util.Map.of("index", 0, "finish_reason", "stop",
                            "message", java.util.Map.of("role", "assistant", "content",
                                    content.apply(request)))),
                    "usage", java.util.Map.of("prompt_tokens", 100, "completion_tokens", 50, "total_tokens", 150)))
                    : "{\"error\":{\"message\":\"overloaded\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The base URL to configure, like {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/v1";
    }

    /** Answers every request with this assistant message (the JSON the model "wrote"). */
    public void answer(String assistantContent) {
        answer(request -> assistantContent);
    }

    /** Answers each request with the assistant message made from the request's body. */
    public void answer(Function<String, String> assistantContent) {
        this.content = assistantContent;
        this.status = 200;
    }

    /** Answers every request with this HTTP status and an error body. */
    public void fail(int httpStatus) {
        this.status = httpStatus;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
