package kr.crm.api.campaign;

/**
 * One line of a postal DM list: a customer with a checked postal address.
 *
 * @param customerKey the customer key
 * @param name the addressee (the company's or the person's name)
 * @param kind {@code COMPANY} or {@code PERSON}
 * @param postalCode the five-digit postal code (국가기초구역번호)
 * @param address the address as stored
 * @param honorific what follows the name on the label: {@code 귀중} for a company, {@code 귀하} for a person
 * @since 0.2
 */
public record PostalRecipient(String customerKey, String name, String kind, String postalCode, String address,
        String honorific) {
}
