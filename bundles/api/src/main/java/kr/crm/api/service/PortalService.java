package kr.crm.api.service;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The customer portal: submissions without an account, followed through a signed, expiring link. A token that
 * is forged, expired or malformed is answered like an unknown one ({@link kr.crm.api.common.NotFoundException}).
 */
@ProviderType
public interface PortalService {

    /** The active types a customer may choose. */
    List<ServiceType> types();

    /**
     * Records a submission (rate-limited per customer address), linked to a customer through the identity resolver
     * (an existing customer, or a new one from source {@code portal}). The address is {@code peerAddress}, or, when
     * that is a configured trusted proxy, taken from {@code forwardedFor} (the X-Forwarded-For header, may be null).
     *
     * @since 0.2 (replaces the form with the peer address only)
     */
    PortalReceipt submit(PortalSubmission submission, String peerAddress, String forwardedFor);

    /** The request behind a token. */
    PortalView view(String token);

    /** Adds the customer's information; a request waiting for the customer goes back to work. */
    PortalView addMessage(String token, String text);

    /**
     * The customer's satisfaction answer (score 1-5, optional comment) to the request's current resolution, once
     * per resolution. @since 0.2
     */
    PortalView answerSurvey(String token, Integer score, String comment);
}
