package kr.crm.api.analytics;

import java.time.LocalDate;

/**
 * A founding day of a company or a birthday (a person's, or a contact person's) coming up.
 *
 * @param on the day it falls on next
 * @param kind {@code FOUNDING} or {@code BIRTHDAY}
 * @param customerKey the customer, or the contact person's account
 * @param contactKey the contact person, null for a customer's own day
 * @param name the customer's or contact person's name
 * @param years how many years it marks
 */
public record Anniversary(LocalDate on, String kind, String customerKey, String contactKey, String name, int years) {
}
