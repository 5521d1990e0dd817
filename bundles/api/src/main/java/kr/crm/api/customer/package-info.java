/**
 * The customer master: customers (persons and companies), accounts (companies that buy) and their contact persons.
 */
@Version("2.0.0")
@Export
package kr.crm.api.customer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
