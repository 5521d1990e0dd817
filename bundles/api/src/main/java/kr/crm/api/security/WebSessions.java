package kr.crm.api.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Browser sessions of the CRM's web pages: a signed, self-contained cookie value (any node with the same secret
 * accepts it, nothing is held per node), opened after a password login or from a short-lived token by which the
 * host ERP vouches for its signed-in user.
 *
 * @since 1.1
 */
@ProviderType
public interface WebSessions {
    /** The HttpOnly cookie that carries the session. */
    String COOKIE = "CRM_SESSION";
    /**
     * The header each request authenticated by the cookie must carry: a cross-site form or image cannot set it,
     * and the CRM answers no CORS preflight, so another site cannot make the browser send it.
     */
    String HEADER = "X-CRM-Web";

    /** A signed session cookie value for the user. */
    String open(CrmUser user);

    /** How long a session lasts without a request, in seconds (the cookie's Max-Age). */
    int maxAgeSeconds();

    /**
     * The value that keeps a session open after a request: the same session with its idle expiry pushed out (never
     * past the session's absolute end). Empty if the value is not a live session, or it was renewed less than a
     * minute ago (then the browser keeps the one it has).
     *
     * @since 1.2
     */
    Optional<String> renew(String cookieValue);

    /** The user a host token vouches for; empty if it is malformed, wrongly signed, expired, or host tokens are off. */
    Optional<CrmUser> fromHostToken(String token);
}
