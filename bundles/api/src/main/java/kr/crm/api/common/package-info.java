/**
 * Types shared by every CRM service: paging, the exceptions services throw, and checks and keys every service uses
 * alike.
 */
@Version("1.4.0")
@Export
package kr.crm.api.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
