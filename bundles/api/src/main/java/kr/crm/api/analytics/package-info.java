/**
 * Customer analytics: measures per customer (orders, revenue, margin, RFM, LTV, retention-matrix
 * quadrant), the reports built on them, and saved segments. Implemented by the analytics bundle.
 *
 * <p>Version 0.x: the shape is settled with the issue that implements it and may still change.
 */
@Version("0.3.0")
@Export
package kr.crm.api.analytics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
