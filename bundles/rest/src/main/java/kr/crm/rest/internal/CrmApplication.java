package kr.crm.rest.internal;

import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The CRM's JAX-RS application, at {@code /api} of the host's HTTP server. It is served only while
 * its access checks, JSON provider and error mapper are there: without the access feature (the
 * security bundle stopped or not yet started) its resources would answer without checking who
 * calls.
 */
@Component(service = Application.class)
@JaxrsApplicationBase(CrmApplication.BASE)
@JaxrsName(CrmApplication.NAME)
@JaxrsExtensionSelect({"(osgi.jaxrs.name=crm.access)", "(osgi.jaxrs.name=crm.json)", "(osgi.jaxrs.name=crm.errors)"})
public final class CrmApplication extends Application {
    static final String BASE = "api";
    static final String NAME = "crm";
    /** Filter with which resources and extensions select this application. */
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
