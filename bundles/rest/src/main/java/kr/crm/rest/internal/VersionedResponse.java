package kr.crm.rest.internal;

import java.net.URI;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** Responses for records that carry a version: the ETag is the version, e.g. {@code "3"}. */
final class VersionedResponse {
    private VersionedResponse() {
    }

    static Response created(UriInfo uri, String collectionPath, String key, long version, Object body) {
        URI location = uri.getBaseUriBuilder().path(collectionPath).path(key).build();
        return Response.created(location).tag(Long.toString(version)).entity(body).build();
    }

    static Response ok(long version, Object body) {
        return Response.ok(body).tag(Long.toString(version)).build();
    }
}
