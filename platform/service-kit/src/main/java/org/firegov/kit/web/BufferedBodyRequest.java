package org.firegov.kit.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body was read up front and is served again to whatever reads it next: to hash it (idempotency),
 * or, at most a limit of bytes (also when it comes chunked, without a Content-Length), so that an oversized body is
 * refused before any parser sees it (rate-limited public endpoints).
 */
public final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    private BufferedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request with its whole body buffered. */
    public static BufferedBodyRequest of(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return new BufferedBodyRequest(request, in.readAllBytes());
        }
    }

    /** The request with its body buffered, or null when the body is longer than {@code maxBytes}. */
    static BufferedBodyRequest bounded(HttpServletRequest request, int maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            return body.length > maxBytes ? null : new BufferedBodyRequest(request, body);
        }
    }

    /** The buffered body. */
    public byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body is already buffered");
            }
        };
    }

    @Override
    public java.io.BufferedReader getReader() {
        return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                java.nio.charset.Charset.forName(getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding())));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }
}
