/**
 * Types shared by every CRM service: paging and the exceptions services throw.
 */
@Version("1.3.0")
@Export
package kr.crm.api.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
