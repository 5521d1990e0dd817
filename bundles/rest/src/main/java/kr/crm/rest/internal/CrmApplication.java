package kr.crm.rest.internal;

import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The CRM's JAX-RS application, at {@code /api} of the host's HTTP server. */
@Component(service = Application.class)
@JaxrsApplicationBase(CrmApplication.BASE)
@JaxrsName(CrmApplication.NAME)
public final class CrmApplication extends Application {
    static final String BASE = "api";
    static final String NAME = "crm";
    /** Filter with which resources and extensions select this application. */
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
