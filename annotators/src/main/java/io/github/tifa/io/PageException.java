package io.github.tifa.io;

import java.io.IOException;

/**
 * A page that cannot be read: says which file, where, and what was expected.
 */
public class PageException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long position;

    public PageException(String source, long position, String message) {
        super(source + (position >= 0 ? " at byte " + position : "") + ": " + message);
        this.source = source;
        this.position = position;
    }

    public PageException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
        this.position = -1;
    }

    /** The file (or other source name) that failed. */
    public String source() {
        return source;
    }

    /** Byte offset of the problem in the file, or -1 when it is not about one byte. */
    public long position() {
        return position;
    }
}
