package kr.crm.rest.internal;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** JSON for every resource of the CRM application: Jackson, configured once in {@link Json}. */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName("crm.json")
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@JaxrsApplicationSelect(CrmApplication.SELECT)
public final class JsonProvider extends JacksonJsonProvider {
    public JsonProvider() {
        super(Json.newMapper());
    }
}
