package kr.crm.campaign.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import kr.crm.api.campaign.SmsDeliveryException;
import kr.crm.api.campaign.SmsGateway;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * An SMS provider in the usual Korean shape: {@code POST} JSON {@code {"type":"SMS"|"LMS","from","to","text",
 * "subject","refKey"}} with the API key in a header; the answer carries {@code messageId}. A text over 90 bytes in
 * EUC-KR goes as LMS (the carriers' SMS limit). 4xx answers (but 429) are permanent, 5xx, 429 and no connection are
 * for now. The JDK's HTTP client and the Jackson the host already has are enough.
 */
@Component(service = SmsGateway.class, configurationPid = HttpSmsGateway.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SmsConfig.class)
public final class HttpSmsGateway implements SmsGateway {
    static final String PID = "kr.crm.campaign.sms";
    static final int SMS_BYTES = 90;
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI url;
    private final SmsConfig config;
    private final String from;

    @Activate
    public HttpSmsGateway(SmsConfig config) {
        this.url = URI.create(config.url().strip());
        if (!url.getScheme().matches("https?")) {
            throw new IllegalArgumentException(PID + ": url must be http or https");
        }
        this.from = digits(config.senderNumber());
        if (from.length() < 8) {
            throw new IllegalArgumentException(PID + ": senderNumber must be a phone number");
        }
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(config.timeoutMillis())).build();
    }

    @Override
    public String send(String to, String text, String reference) throws SmsDeliveryException {
        String number = digits(to);
        if (number.length() < 9) {
            throw new SmsDeliveryException("the receiving number is no phone number", true, null);
        }
        boolean lms = text.getBytes(EUC_KR).length > SMS_BYTES;
        ObjectNode body = JSON.createObjectNode().put("type", lms ? "LMS" : "SMS").put("from", from).put("to", number)
                .put("text", text).put("refKey", reference);
        if (lms) {
            body.put("subject", text.lines().findFirst().orElse("").strip());
        }
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofMillis(config.timeoutMillis()))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header(config.apiKeyHeader(), config.apiKey())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsDeliveryException("SMS gateway not reachable: " + e.getClass().getSimpleName(), false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("interrupted", false, e);
        }
        int status = r.statusCode();
        if (status / 100 != 2) {
            throw new SmsDeliveryException("SMS gateway answered " + status, status / 100 == 4 && status != 429, null);
        }
        try {
            JsonNode answer = JSON.readTree(r.body());
            String id = answer.path("messageId").asText("");
            return id.isEmpty() ? reference : id;
        } catch (IOException e) {
            return reference; // accepted (2xx) with an answer we cannot read: the reference stands for it
        }
    }

    private static String digits(String s) {
        String d = s == null ? "" : s.replaceAll("[^0-9+]", "");
        return d.startsWith("+82") ? "0" + d.substring(3) : d.replace("+", "");
    }
}
