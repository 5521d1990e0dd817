/**
 * Storage SPI implemented by the persistence bundle; services use it, REST never does.
 */
@Version("3.0.0")
@Export
package kr.crm.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
