/**
 * Customer identity: how names, phones, e-mails and business registration numbers are folded
 * to one canonical form, so that the same customer spelled differently by different channels is
 * recognised. Implemented by the identity bundle.
 *
 * <p>Version 0.x: matching and merging (issue: order linking) will extend it.
 */
@Version("0.2.0")
@Export
package kr.crm.api.identity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
