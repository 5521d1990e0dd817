package kr.crm.api.order;

/** Whether an order stands. Cancelled orders stay, marked, so that history and re-sends still match. */
public enum OrderStatus {
    ACTIVE,
    CANCELLED
}
