/**
 * Consent to receive messages, kept as evidence, opt-outs (수신거부) and the rule that says whether an advertising
 * message may be sent to a customer now (정보통신망법 제50조).
 */
@Version("0.1.0")
@Export
package kr.crm.api.consent;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
