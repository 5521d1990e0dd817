package kr.crm.campaign.internal;

import java.util.OptionalLong;
import kr.crm.api.common.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * The signed per-recipient reference every campaign e-mail carries in its {@value #HEADER} header, so that a
 * delivery status notification returning the message's headers (RFC 3464 text/rfc822-headers, or the whole message)
 * names its outbox row (decision 245). HMAC-SHA256 like the unsubscribe tokens, under a key derived from the same
 * secret for this use only ({@code secret + "|bounce"}): a forged notification cannot bounce anyone.
 */
@Component(service = BounceRefs.class, configurationPid = DefaultUnsubscribe.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class BounceRefs {
    static final String HEADER = "X-CRM-Ref";
    private static final String PURPOSE = "bounce";

    private final UnsubscribeTokens tokens;

    @Activate
    public BounceRefs(UnsubscribeConfig config) {
        this(config.secret());
    }

    BounceRefs(String secret) {
        this.tokens = new UnsubscribeTokens(secret + "|" + PURPOSE);
    }

    String sign(long recipientId) {
        return tokens.sign(Long.toString(recipientId), PURPOSE);
    }

    /** The outbox row a reference stands for, or empty if it is missing, cut or forged. */
    OptionalLong verify(String ref) {
        if (ref == null || ref.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            UnsubscribeTokens.Recipient r = tokens.verify(ref.strip());
            return PURPOSE.equals(r.address()) && r.customerKey() != null
                    ? OptionalLong.of(Long.parseLong(r.customerKey())) : OptionalLong.empty();
        } catch (ValidationException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
