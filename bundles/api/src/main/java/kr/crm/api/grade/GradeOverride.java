package kr.crm.api.grade;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A grade set by a rep or manager, kept apart from the computed grade, until it expires.
 *
 * @param grade the grade to hold
 * @param reason why
 * @param expiresOn the last day it holds
 * @param by user name of who set it
 * @param at when it was set
 */
public record GradeOverride(Grade grade, String reason, LocalDate expiresOn, String by, Instant at) {
}
