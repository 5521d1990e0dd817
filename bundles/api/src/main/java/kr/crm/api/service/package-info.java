/**
 * Service requests (서비스 요청): intake from staff and the customer portal, a configurable status flow with
 * history, service-level targets in working hours with a Korean holiday calendar, escalation. Implemented by
 * the service bundle.
 *
 * <p>Version 0.x: the shape is settled with the issue that implements it and may still change.
 */
@Version("0.5.0")
@Export
package kr.crm.api.service;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
