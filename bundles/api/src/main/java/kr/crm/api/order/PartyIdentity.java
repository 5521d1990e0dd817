package kr.crm.api.order;

import kr.crm.api.customer.CustomerKind;

/**
 * Who a channel says bought or receives an order, as the channel spelled it. The linking code
 * normalises and matches it against the customer master; nothing here is trusted as clean.
 *
 * @param kind person or company, if the channel says
 * @param name name as delivered
 * @param phone phone as delivered
 * @param email e-mail as delivered
 * @param businessRegistrationNumber 사업자등록번호 as delivered
 * @param hostCustomerNo the host ERP's customer number, when the order comes from the host
 * @param address postal address
 * @param postalCode postal code
 */
public record PartyIdentity(
        CustomerKind kind,
        String name,
        String phone,
        String email,
        String businessRegistrationNumber,
        String hostCustomerNo,
        String address,
        String postalCode) {
}
