package kr.crm.itest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP server in the shape of a Korean SMS provider's API that records every request it gets. */
final class SmsProvider implements AutoCloseable {
    static final String KEY = "it-sms-api-key";

    /** One request as received: the key header and the JSON body. */
    record Received(String apiKey, JsonNode body) {
    }

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    SmsProvider() throws Exception {
        ObjectMapper json = new ObjectMapper();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/send", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("X-API-KEY"), json.readTree(in)));
            }
            byte[] answer = ("{\"resultCode\":\"0000\",\"messageId\":\"M" + ids.incrementAndGet() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/send";
    }

    List<Received> to(String digits) {
        return received.stream().filter(r -> r.body().path("to").asText().equals(digits)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
