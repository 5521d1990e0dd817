/**
 * Sales orders from every channel, each linked to exactly one customer key. Implemented by the orders bundle (issue: order linking); the OSGi event contract is in {@link kr.crm.api.order.OrderEvents}.
 *
 * <p>Version 0.x: the shape is settled with the issue that implements it and may still change.
 */
@Version("0.3.0")
@Export
package kr.crm.api.order;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
