package kr.crm.api.campaign;

import kr.crm.api.common.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens (a pixel) and clicks (a redirect) of campaign e-mails, reached through signed tokens without login.
 *
 * @since 0.2
 */
@ProviderType
public interface CampaignTracking {

    /** Counts an open. @throws ValidationException (field {@code t}) for a token that is not valid */
    void opened(String token);

    /** Counts a click. @return the URL to redirect to @throws ValidationException (field {@code t}) */
    String clicked(String token);
}
