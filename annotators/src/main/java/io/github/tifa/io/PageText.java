package io.github.tifa.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a page into the raw text tifa works on: strict UTF-8, BOM dropped, and every
 * character that XML 1.0 cannot carry replaced by U+FFFD one for one, so that offsets never move
 * and every XMI tifa writes is XML 1.0.
 */
public final class PageText {
    public static final char REPLACEMENT = '\uFFFD';

    private PageText() {
    }

    /**
     * Decodes {@code bytes} as strict UTF-8.
     *
     * @throws PageException naming {@code source} and the byte offset of the first invalid sequence,
     *                       or saying the file is empty
     */
    public static String decode(byte[] bytes, String source) throws PageException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        if (bytes.length - start == 0) {
            throw new PageException(source, -1, "the file is empty; expected a UTF-8 text page");
        }
        if (start == 0 && bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new PageException(source, 0,
                    "this looks like UTF-16 (byte order mark); expected UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            long at = in.position();
            throw new PageException(source, at, String.format(
                    "invalid UTF-8 (byte 0x%02X, line %d); expected a UTF-8 text page",
                    bytes[(int) at] & 0xFF, lineOf(bytes, (int) at)));
        }
        out.flip();
        return sanitize(out.toString());
    }

    /** Replaces characters that XML 1.0 cannot carry by U+FFFD, one for one. */
    public static String sanitize(String text) {
        char[] chars = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                        || c == '\uFFFE' || c == '\uFFFF';
            }
            if (bad) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = REPLACEMENT;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

}
