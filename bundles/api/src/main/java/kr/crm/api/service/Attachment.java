package kr.crm.api.service;

/**
 * A file sent with a portal request.
 *
 * @param fileName the name it had on the customer's device
 * @param contentType its type as sent, checked against its first bytes
 * @param data the bytes
 */
public record Attachment(String fileName, String contentType, byte[] data) {
}
