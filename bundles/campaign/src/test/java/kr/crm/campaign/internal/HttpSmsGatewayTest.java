package kr.crm.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import kr.crm.api.campaign.SmsDeliveryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpSmsGatewayTest {
    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/send", x -> {
            try (InputStream in = x.getRequestBody()) {
                bodies.add(new ObjectMapper().readTree(in));
            }
            keys.add(x.getRequestHeaders().getFirst("X-API-KEY"));
            byte[] answer = "{\"messageId\":\"P-1\"}".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(status.get(), answer.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aShortTextGoesAsSmsAndALongOneAsLmsWithTheKeyAndSenderNumber() throws Exception {
        HttpSmsGateway g = new HttpSmsGateway(config());
        assertThat(g.send("+82 10-1234-5678", "(광고)한빛\n짧은 안내\n무료수신거부 080-123-4567", "campaign-1-1")).isEqualTo("P-1");
        g.send("010-1234-5678", "(광고)한빛상사\n" + "가".repeat(60), "campaign-1-2");
        assertThat(bodies.get(0).path("type").asText()).isEqualTo("SMS");
        assertThat(bodies.get(0).path("to").asText()).isEqualTo("01012345678");
        assertThat(bodies.get(0).path("from").asText()).isEqualTo("021234567");
        assertThat(bodies.get(0).path("refKey").asText()).isEqualTo("campaign-1-1");
        assertThat(bodies.get(1).path("type").asText()).isEqualTo("LMS");
        assertThat(bodies.get(1).path("subject").asText()).isEqualTo("(광고)한빛상사");
        assertThat(keys).containsOnly("key-1");
    }

    @Test
    void aRefusedNumberIsPermanentAndAServerErrorOrThrottleIsForNow() throws Exception {
        HttpSmsGateway g = new HttpSmsGateway(config());
        status.set(400);
        assertThatThrownBy(() -> g.send("010-1234-5678", "x", "r")).isInstanceOf(SmsDeliveryException.class)
                .matches(e -> ((SmsDeliveryException) e).permanent()).hasMessageNotContaining("5678");
        status.set(429);
        assertThatThrownBy(() -> g.send("010-1234-5678", "x", "r"))
                .matches(e -> !((SmsDeliveryException) e).permanent());
        status.set(503);
        assertThatThrownBy(() -> g.send("010-1234-5678", "x", "r"))
                .matches(e -> !((SmsDeliveryException) e).permanent());
    }

    private SmsConfig config() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/send";
        return new SmsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SmsConfig.class;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String apiKey() {
                return "key-1";
            }

            @Override
            public String apiKeyHeader() {
                return "X-API-KEY";
            }

            @Override
            public String senderNumber() {
                return "02-123-4567";
            }

            @Override
            public int timeoutMillis() {
                return 5000;
            }
        };
    }
}
