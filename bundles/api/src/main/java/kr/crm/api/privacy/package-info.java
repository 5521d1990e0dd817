/**
 * Retention and destruction of personal data (파기) and data-subject requests (열람·정정·삭제·처리정지): the rules per
 * data category, the purge, the destruction log, and the cases with their legal 10-day due date.
 */
@Version("0.2.0")
@Export
package kr.crm.api.privacy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
