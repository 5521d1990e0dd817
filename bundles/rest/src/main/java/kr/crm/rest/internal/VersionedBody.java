package kr.crm.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kr.crm.api.common.ValidationException;

/**
 * The body of a PUT: the record as the client read it, changed. Read-only fields (key,
 * timestamps) are ignored; the version the client read comes from {@code If-Match} or from the
 * body's {@code version}.
 *
 * @param version the version the client read
 * @param value the new content
 */
record VersionedBody<T>(long version, T value) {
    private static final List<String> READ_ONLY = List.of("key", "version", "accountKey", "createdAt", "updatedAt",
            "restrictedAt");

    static <T> VersionedBody<T> read(ObjectMapper mapper, JsonNode body, String ifMatch, Class<T> type)
            throws JsonProcessingException {
        if (!(body instanceof ObjectNode object)) {
            throw new ValidationException("body", "must be a JSON object");
        }
        Long version = Params.ifMatch(ifMatch);
        JsonNode bodyVersion = object.get("version");
        if (version == null && bodyVersion != null && !bodyVersion.isNull()) {
            if (!bodyVersion.canConvertToLong() || !bodyVersion.isIntegralNumber()) {
                throw new ValidationException("version", "must be a whole number");
            }
            version = bodyVersion.asLong();
        }
        if (version == null) {
            throw new ValidationException("version", "is required, in the body or as If-Match, to detect lost updates");
        }
        ObjectNode content = object.deepCopy();
        content.remove(READ_ONLY);
        return new VersionedBody<>(version, mapper.treeToValue(content, type));
    }
}
