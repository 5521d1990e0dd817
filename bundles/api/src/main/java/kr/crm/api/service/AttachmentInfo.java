package kr.crm.api.service;

/**
 * What is shown of an attachment.
 *
 * @param id attachment id
 * @param fileName file name
 * @param contentType content type
 * @param size bytes
 */
public record AttachmentInfo(String id, String fileName, String contentType, int size) {
}
