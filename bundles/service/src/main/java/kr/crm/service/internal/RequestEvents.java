package kr.crm.service.internal;

import java.util.HashMap;
import java.util.Map;
import kr.crm.api.service.ServiceEvents;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceType;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts a request's creation and status moves, and for complaints that the customer's open complaints changed. */
final class RequestEvents {
    private final EventAdmin events;

    RequestEvents(EventAdmin events) {
        this.events = events;
    }

    void replied(ServiceRequest r, String by) {
        if (events != null) {
            events.postEvent(new Event(ServiceEvents.TOPIC_REPLIED, Map.of(ServiceEvents.REQUEST_ID, r.id(),
                    ServiceEvents.ACCOUNT_KEY, r.accountKey(), ServiceEvents.BY, by)));
        }
    }

    void changed(ServiceRequest r, String by) {
        if (events == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put(ServiceEvents.REQUEST_ID, r.id());
        props.put(ServiceEvents.ACCOUNT_KEY, r.accountKey());
        props.put(ServiceEvents.TYPE, r.type());
        props.put(ServiceEvents.STATUS, r.status().name());
        props.put(ServiceEvents.BY, by);
        if (r.contactLogId() != null) {
            props.put(ServiceEvents.CONTACT_LOG_ID, r.contactLogId());
        }
        events.postEvent(new Event(ServiceEvents.TOPIC_CHANGED, props));
        if (ServiceType.COMPLAINT.equals(r.type())) {
            events.postEvent(new Event(ServiceEvents.TOPIC_COMPLAINT, Map.of(ServiceEvents.ACCOUNT_KEY, r.accountKey())));
        }
    }
}
