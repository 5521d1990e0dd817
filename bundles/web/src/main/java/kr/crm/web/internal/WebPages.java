package kr.crm.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves this bundle's {@code /web} folder at {@code /crm/*} through the HTTP whiteboard: {@code tab.html} (the
 * customer-360 tab), {@code tasks.html} (a rep's tasks) and {@code login.html}. The pages hold no data; they call
 * the REST API with the session cookie, so access is decided there.
 */
@Component(service = WebPages.class)
@HttpWhiteboardResource(pattern = "/crm/*", prefix = "/web")
public final class WebPages {
}
