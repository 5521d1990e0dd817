/**
 * B2B account grades S/A/B/C/D: computed grades, overrides and their history. Implemented by the grading bundle.
 *
 * <p>Version 0.x: the shape is settled with the issue that implements it and may still change.
 */
@Version("0.3.0")
@Export
package kr.crm.api.grade;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
