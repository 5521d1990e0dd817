package kr.crm.service.internal;

import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.order.SalesOrder;
import kr.crm.api.order.OrderService;
import kr.crm.api.service.ServiceRequestDraft;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a request points at: the customer (a merged key becomes its survivor), a contact person of that customer,
 * an order of that customer and one of its lines. Bundle-internal service.
 */
@Component(service = RequestLinks.class)
public final class RequestLinks {
    private final CustomerService customers;
    private final ContactPersonService contacts;
    private final OrderService orders;

    @Activate
    public RequestLinks(@Reference CustomerService customers, @Reference ContactPersonService contacts,
            @Reference OrderService orders) {
        this.customers = customers;
        this.contacts = contacts;
        this.orders = orders;
    }

    Customer account(String key) {
        if (key == null || key.isBlank()) {
            throw new ValidationException("accountKey", "is required");
        }
        return customers.find(key.strip()).orElseThrow(() -> new NotFoundException("customer " + key.strip()));
    }

    /** The cleaned draft on the customer's surviving key, its contact person and order checked. */
    ServiceRequestDraft resolved(ServiceRequestDraft d) {
        Customer account = account(d.accountKey());
        if (d.contactKey() != null) {
            ContactPerson person = contacts.find(d.contactKey())
                    .orElseThrow(() -> new ValidationException("contactKey", "no such contact person"));
            if (!person.accountKey().equals(account.key())) {
                throw new ValidationException("contactKey", "belongs to another customer");
            }
        }
        if (d.orderNo() != null) {
            SalesOrder order = orders.find(d.orderSource(), d.orderNo())
                    .orElseThrow(() -> new ValidationException("orderNo", "no such order in this source"));
            String owner = customers.find(order.customerKey()).map(Customer::key).orElse(order.customerKey());
            if (!owner.equals(account.key())) {
                throw new ValidationException("orderNo", "is another customer's order");
            }
            if (d.orderLine() != null && order.lines().stream().noneMatch(l -> l.lineNo() == d.orderLine())) {
                throw new ValidationException("orderLine", "the order has no such line");
            }
        }
        return new ServiceRequestDraft(account.key(), d.contactKey(), d.orderSource(), d.orderNo(), d.orderLine(),
                d.type(), d.channel(), d.priority(), d.subject(), d.description(), d.assignee(), d.team(),
                d.receivedAt());
    }
}
