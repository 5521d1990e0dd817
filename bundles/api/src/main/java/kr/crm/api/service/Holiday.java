package kr.crm.api.service;

import java.time.LocalDate;

/**
 * A day without working hours in the SLA calendar (a public holiday, a company holiday).
 *
 * @param day the date (Asia/Seoul)
 * @param name what it is, e.g. {@code 추석} or {@code 대체공휴일(개천절)}
 */
public record Holiday(LocalDate day, String name) {
}
