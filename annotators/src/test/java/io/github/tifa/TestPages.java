package io.github.tifa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test pages shipped under {@code src/test/resources/pages}. */
public final class TestPages {
    private TestPages() {
    }

    /** The made-up demo page in PDF-extracted layout (same as {@code samples/demo-page.txt}). */
    public static String demoPage() {
        return read("/pages/demo-page.txt");
    }

    public static String read(String resource) {
        try (InputStream in = TestPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
