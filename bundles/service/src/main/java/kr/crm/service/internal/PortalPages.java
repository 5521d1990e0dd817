package kr.crm.service.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves this bundle's {@code /portal} folder at {@code /portal/*}: {@code index.html} (submit a request) and
 * {@code request.html?t=TOKEN} (follow it). Public pages without data of their own; they call
 * {@code /api/v1/portal}, where the token decides what a visitor sees.
 */
@Component(service = PortalPages.class)
@HttpWhiteboardResource(pattern = "/portal/*", prefix = "/portal")
public final class PortalPages {
}
