/**
 * Work for sales reps that the per-grade action rules create. Implemented by the tasks bundle.
 *
 * <p>Version 0.x: the shape is settled with the issue that implements it and may still change.
 */
@Version("0.5.0")
@Export
package kr.crm.api.task;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
