package kr.crm.api.order;

/**
 * The OSGi EventAdmin contract for a host ERP that publishes its sales orders. Post (or send)
 * an event on one of the topics with the properties below; the CRM ingests it exactly like a REST
 * delivery, idempotent by {@code (source, orderNo)}.
 */
public final class OrderEvents {
    /** An order was created in the host. */
    public static final String TOPIC_CREATED = "kr/crm/order/CREATED";
    /** An order was changed in the host. */
    public static final String TOPIC_UPDATED = "kr/crm/order/UPDATED";
    /** An order was cancelled in the host. */
    public static final String TOPIC_CANCELLED = "kr/crm/order/CANCELLED";
    /** Every order topic. */
    public static final String TOPIC_ALL = "kr/crm/order/*";
    /**
     * Posted by the CRM (not the host) after a batch of orders is stored, with
     * {@link #CUSTOMER_KEYS}: the customers whose orders arrived, for re-grading and the like.
     *
     * @since 0.2
     */
    public static final String TOPIC_LINKED = "kr/crm/order/LINKED";
    /** String[]: the customer keys of a {@link #TOPIC_LINKED} event. @since 0.2 */
    public static final String CUSTOMER_KEYS = "customerKeys";

    /** String: the host's system name; {@code erp} if absent. */
    public static final String SOURCE = "source";
    /** String, required: the host's order number. */
    public static final String ORDER_NO = "orderNo";
    /** String, ISO-8601 date-time with offset, required. */
    public static final String ORDERED_AT = "orderedAt";
    /** String: the host's customer number, the strongest key the host has. */
    public static final String CUSTOMER_NO = "customerNo";
    /** String: {@code PERSON} or {@code COMPANY}. */
    public static final String CUSTOMER_KIND = "customerKind";
    /** String: customer name. */
    public static final String CUSTOMER_NAME = "customerName";
    /** String: business registration number. */
    public static final String BRN = "businessRegistrationNumber";
    /** String: phone. */
    public static final String PHONE = "phone";
    /** String: e-mail. */
    public static final String EMAIL = "email";
    /** String: decimal order total. */
    public static final String TOTAL_AMOUNT = "totalAmount";
    /** String: ISO currency, KRW if absent. */
    public static final String CURRENCY = "currency";
    /**
     * String: the lines as a JSON array of {@link OrderLine} objects, because event properties
     * are flat.
     */
    public static final String LINES_JSON = "linesJson";

    private OrderEvents() {
    }
}
