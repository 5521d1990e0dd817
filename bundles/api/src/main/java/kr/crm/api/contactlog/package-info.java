/**
 * What reps log about their contacts with an account: visits, calls, DM, e-mails, complaints (불편사항), event plans. Implemented by the contact-log bundle.
 *
 * <p>Version 0.x: the shape is settled with the issue that implements it and may still change.
 */
@Version("0.2.0")
@Export
package kr.crm.api.contactlog;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
