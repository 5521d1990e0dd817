package kr.crm.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

/**
 * A body larger than {@code max} bytes is refused (413) before it is read into memory: by its declared length, or,
 * sent without one, at the byte that passes the limit. Every resource method has one (decision 260): a signed-in
 * user is no reason to read a body of any size into memory.
 */
final class BodyLimit implements ContainerRequestFilter {
    private final MethodRules rules;

    @Context
    private ResourceInfo resource;

    BodyLimit(MethodRules rules) {
        this.rules = rules;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long max = rules.of(resource).bodyLimit();
        if (request.getLength() > max) {
            request.abortWith(tooLarge(max));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Capped(request.getEntityStream(), max));
        }
    }

    private static Response tooLarge(long max) {
        return ErrorBody.response(413, new ErrorBody("the body is larger than " + (max >> 20) + " MB", "body", null));
    }

    /** Counts what is read and stops at the limit. */
    private static final class Capped extends FilterInputStream {
        private final long max;
        private long left;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            left -= n;
            if (left < 0) {
                throw new WebApplicationException(tooLarge(max));
            }
        }
    }
}
