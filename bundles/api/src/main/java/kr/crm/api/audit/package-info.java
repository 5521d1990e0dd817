/**
 * The access log (접속기록): who read, changed, exported or synced whose personal data, when, from where and why;
 * append-only and hash-chained.
 */
@Version("2.0.0")
@Export
package kr.crm.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
