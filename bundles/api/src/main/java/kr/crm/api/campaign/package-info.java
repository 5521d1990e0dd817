/**
 * Advertising and transactional message templates rendered the way Korean law asks (정보통신망법 제50조 ④,
 * 시행령 제61조): {@code (광고)} first, the sender, the sender's contact and a free opt-out; and the public
 * one-click unsubscribe.
 */
@Version("0.3.0")
@Export
package kr.crm.api.campaign;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
