/**
 * Outgoing e-mail, shared by every bundle that writes to people: service-request notices, consent
 * confirmations, campaigns. One SMTP setup (ConfigAdmin PID {@code kr.crm.mail.smtp}) for all of them.
 *
 * <p>{@link kr.crm.api.mail.MailOutbox} is for single messages that must go out once: it stores them in
 * MariaDB and a lease-holding job on one node sends them, retrying what the relay refused for a while.
 * {@link kr.crm.api.mail.MailSender} sends one message now; a bundle with its own per-recipient outbox
 * (campaigns) drives it and keeps its own delivery state.
 *
 * <p>Version 0.x: the shape is settled with the issues that use it and may still change.
 */
@Version("0.1.0")
@Export
package kr.crm.api.mail;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
