package kr.crm.api.customer;

import java.time.LocalDate;

/**
 * What a caller supplies to create or replace a customer. Every field but {@code kind} and
 * {@code name} is optional; company-only fields ({@code businessRegistrationNumber},
 * {@code representative}, {@code foundedOn}) are refused for persons, {@code birthday} for
 * companies.
 *
 * @param kind person or company
 * @param name display name, e.g. {@code (주)한빛정밀} or {@code 김민준}
 * @param phone main phone as entered
 * @param email main e-mail as entered
 * @param businessRegistrationNumber 사업자등록번호, 10 digits with or without hyphens
 * @param hostCustomerNo the host ERP's own customer number, if it has one
 * @param representative the company's representative (대표자)
 * @param industry industry or business type (업종)
 * @param region region used for reports and routing, e.g. {@code 경기}
 * @param address postal address
 * @param postalCode 5-digit Korean postal code
 * @param ownerRep user name of the sales rep who owns the customer
 * @param foundedOn founding day of a company
 * @param birthday birthday of a person
 * @param notes free text
 */
public record CustomerDraft(
        CustomerKind kind,
        String name,
        String phone,
        String email,
        String businessRegistrationNumber,
        String hostCustomerNo,
        String representative,
        String industry,
        String region,
        String address,
        String postalCode,
        String ownerRep,
        LocalDate foundedOn,
        LocalDate birthday,
        String notes) {
}
