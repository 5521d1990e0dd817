package kr.crm.api.service;

/**
 * How often an account's requests (complaints, unless the report says another type) fell under one topic.
 *
 * @param accountKey the customer key
 * @param accountName the company's name; null for a private person (personal data is not put into reports)
 * @param topic the topic code, null for requests nobody classified yet
 * @param requests how many requests
 * @param open how many of them are still open
 * @since 0.4
 */
public record TopicRow(String accountKey, String accountName, String topic, long requests, long open) {
}
