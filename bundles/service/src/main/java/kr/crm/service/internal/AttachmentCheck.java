package kr.crm.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.Attachment;

/**
 * Accepts JPEG, PNG and PDF files within the configured count and size, the type checked against the first bytes
 * (a renamed executable is refused); file names lose their path and control characters.
 */
final class AttachmentCheck {
    private final int maxCount;
    private final int maxBytes;

    AttachmentCheck(int maxCount, int maxKb) {
        this.maxCount = maxCount;
        this.maxBytes = maxKb * 1024;
    }

    List<Attachment> clean(List<Attachment> files) {
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        if (files.size() > maxCount) {
            throw new ValidationException("attachments", "at most " + maxCount + " files");
        }
        List<Attachment> clean = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Attachment a = files.get(i);
            String field = "attachments[" + i + "]";
            if (a == null || a.data() == null || a.data().length == 0) {
                throw new ValidationException(field + ".data", "is empty");
            }
            if (a.data().length > maxBytes) {
                throw new ValidationException(field + ".data", "is larger than " + (maxBytes / 1024) + " KB");
            }
            String type = sniff(a.data());
            if (type == null) {
                throw new ValidationException(field + ".contentType", "only JPEG, PNG and PDF files are accepted");
            }
            clean.add(new Attachment(name(field, a.fileName(), type), type, a.data()));
        }
        return clean;
    }

    private static String sniff(byte[] d) {
        if (d.length >= 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (d.length >= 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length >= 5 && d[0] == '%' && d[1] == 'P' && d[2] == 'D' && d[3] == 'F' && d[4] == '-') {
            return "application/pdf";
        }
        return null;
    }

    private static String name(String field, String given, String type) {
        String n = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (n.codePointCount(0, n.length()) > 200) {
            throw new ValidationException(field + ".fileName", "must be at most 200 characters");
        }
        if (n.isEmpty()) {
            n = "attachment." + type.substring(type.indexOf('/') + 1).toLowerCase(Locale.ROOT);
        }
        return n;
    }
}
