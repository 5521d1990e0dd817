/**
 * Who is calling: the user, the CRM roles, and the SPI through which a host ERP vouches for its signed-in users.
 */
@Version("1.5.0")
@Export
package kr.crm.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
