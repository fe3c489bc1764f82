package io.github.tifa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The made-up pages of {@code samples/} at the top of the project (stored once; tests run with the
 * module directory as working directory), read as {@code /pages/<name>.txt}.
 */
public final class TestPages {
    private TestPages() {
    }

    /** The made-up demo page in PDF-extracted layout (same as {@code samples/demo-page.txt}). */
    public static String demoPage() {
        return read("/pages/demo-page.txt");
    }

    public static String read(String resource) {
        java.nio.file.Path file = java.nio.file.Path.of("..", "samples", resource.substring(resource.lastIndexOf('/') + 1));
        try {
            return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no sample page " + file.toAbsolutePath(), e);
        }
    }
}
