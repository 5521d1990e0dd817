package kr.crm.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Every error the API returns: {@code {"error": "...", "field": "..."}}; {@code field} only when
 * one field is to blame, {@code currentVersion} only on a version conflict.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String error, String field, Long currentVersion) {

    static Response response(Response.Status status, String error, String field) {
        return response(status.getStatusCode(), new ErrorBody(error, field, null));
    }

    static Response response(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
