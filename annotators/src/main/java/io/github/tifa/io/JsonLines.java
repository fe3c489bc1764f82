package io.github.tifa.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.apache.uima.jcas.JCas;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A corpus as one JSON Lines file: each page's JSON object ({@link JsonWriter}'s, compact) on a line
 * of its own. Written to a temporary file beside the target and renamed into place by
 * {@link #close()}, so a reader never sees a partial file.
 */
public final class JsonLines implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path target;
    private final Path tmp;
    private final OutputStream out;

    public JsonLines(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Files.createDirectories(this.target.getParent());
        this.tmp = this.target.resolveSibling("." + this.target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        this.out = Files.newOutputStream(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** The page's JSON object on one line, with its line break; HanLP's tokens when {@code tokens}. */
    public static byte[] line(JCas jcas, boolean tokens) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            JsonWriter.write(jcas, g, tokens);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** Appends a line made by {@link #line(JCas, boolean)}. */
    public synchronized void append(byte[] line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + tmp, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
