/**
 * Two-way contact sync with groupware address books over CardDAV: the configured address books
 * (without their credentials) and what each run did.
 */
@Version("0.1.0")
@Export
package kr.crm.api.sync;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
