package kr.crm.api.campaign;

import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.OptOut;
import org.osgi.annotation.versioning.ProviderType;

/** The public one-click unsubscribe behind the links in advertising e-mails. */
@ProviderType
public interface Unsubscribe {

    /** The link for one recipient: the public URL with a signed token. */
    String link(String customerKey, String address);

    /** Records the opt-out the token stands for. @throws ValidationException (field {@code t}) if it is not valid */
    OptOut unsubscribe(String token);
}
