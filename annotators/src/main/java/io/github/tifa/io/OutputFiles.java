package io.github.tifa.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Output files are written to a temporary name beside the target and renamed when complete, so a
 * failure never leaves a partial file; and a document id can never place a file outside the output
 * directory.
 */
public final class OutputFiles {
    /** Writes the whole content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }


    private OutputFiles() {
    }

    /**
     * The file for document {@code id} with {@code extension} under {@code dir}.
     *
     * @throws IOException when the id would leave {@code dir} ({@code ../x})
     */
    public static Path target(Path dir, String id, String extension) throws IOException {
        Path base = dir.toAbsolutePath().normalize();
        Path target = base.resolve(id + extension).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new IOException("document id '" + id + "' would write outside the output directory " + dir);
        }
        return target;
    }

    /**
     * Whether {@code file} is the temporary file of an output that was never finished (its writer was
     * killed): {@code .<name>.<hex>.part}, as {@link #write} and {@link JsonLines} name them.
     */
    public static boolean isLeftover(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".part");
    }

    /** Deletes the leftover temporary files under {@code dir} (none when it does not exist); returns them. */
    public static List<Path> removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> leftovers;
        try (Stream<Path> files = Files.walk(dir)) {
            leftovers = files.filter(Files::isRegularFile).filter(OutputFiles::isLeftover).toList();
        }
        for (Path p : leftovers) {
            Files.deleteIfExists(p);
        }
        return leftovers;
    }

    /** Writes {@code content} to {@code target} through a temporary file and an atomic rename. */
    public static void write(Path target, Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        // not Files.createTempFile: its owner-only permissions would survive the rename; a plain new
        // file gets what the umask allows, as any other file the user writes
        Path tmp;
        OutputStream stream;
        boolean madeParent = false;
        while (true) {
            tmp = parent.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".part");
            try {
                stream = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                break;
            } catch (FileAlreadyExistsException e) {
                // another writer's temporary file: draw another name
            } catch (NoSuchFileException e) {
                // the first file of its directory: make the directory then, not before every file
                if (madeParent) {
                    throw e;
                }
                Files.createDirectories(parent);
                madeParent = true;
            }
        }
        boolean done = false;
        try {
            // one buffer of 64 KB: the writers' encoders hand on 8 KB at a time, a system call each
            try (OutputStream out = new BufferedOutputStream(stream, 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
