package io.github.tifa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.resource.ExternalResourceDescription;

import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.ReadsLexicon;
import io.github.tifa.lexicon.LexiconFile;

/**
 * The lexicons of a pipeline, and a user's own without rebuilding: a directory holding files named
 * like the built-in lexicons ({@code posts.txt}, {@code slogans_national.txt}, …). Each file extends
 * the built-in lexicon of the same name (its entries win over built-in ones with the same key); a
 * file whose first line is {@value #REPLACE} replaces it. Every lexicon becomes one
 * {@link LexiconResource}, loaded once and shared by every component that reads it.
 */
public final class UserLexicons {
    /** First line of a user lexicon that replaces the built-in one instead of extending it. */
    public static final String REPLACE = "#replace";

    /** Where a lexicon file is used: which annotator, under which resource key. */
    private record Use(Class<?> annotator, String key) {
    }

    /**
     * Where each lexicon is read among {@code components}: every {@link LexiconResource} field marked
     * {@link ReadsLexicon}, inherited ones included, under its {@link ExternalResource} key.
     */
    private static Map<LexiconFile, List<Use>> uses(List<? extends Class<?>> components) {
        Map<LexiconFile, List<Use>> uses = new LinkedHashMap<>();
        for (Class<?> component : components) {
            for (Class<?> c = component; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    ReadsLexicon reads = field.getAnnotation(ReadsLexicon.class);
                    ExternalResource resource = field.getAnnotation(ExternalResource.class);
                    if (reads != null && resource != null) {
                        uses.computeIfAbsent(reads.value(), k -> new ArrayList<>()).add(new Use(component, resource.key()));
                    }
                }
            }
        }
        return uses;
    }

    private UserLexicons() {
    }

    /** The names of the lexicons a user may extend or replace: every file of the manifest. */
    public static List<String> names() {
        return Stream.of(LexiconFile.values()).map(LexiconFile::fileName).toList();
    }

    /**
     * The resource bindings (key, {@link LexiconResource} description pairs) per annotator class: one
     * description per lexicon, shared by all its users, so that a pipeline loads each lexicon once.
     * With {@code dir} null, the built-in lexicons; else the user lexicons in {@code dir} extend or
     * replace them.
     *
     * @throws IOException when {@code dir} is not a directory or holds a file that is no known lexicon
     */
    public static Map<Class<?>, List<Object>> resources(Path dir, List<? extends Class<?>> components)
            throws IOException {
        Map<LexiconFile, String> locations = new LinkedHashMap<>();
        for (LexiconFile file : LexiconFile.values()) {
            locations.put(file, file.builtIn());
        }
        if (dir != null) {
            locations.putAll(userLocations(dir));
        }
        Map<LexiconFile, List<Use>> uses = uses(components);
        Map<Class<?>, List<Object>> result = new LinkedHashMap<>();
        locations.forEach((file, location) -> {
            ExternalResourceDescription lexicon = LexiconResource.describe(location);
            for (Use use : uses.getOrDefault(file, List.of())) {
                List<Object> params = result.computeIfAbsent(use.annotator(), k -> new ArrayList<>());
                params.add(use.key());
                params.add(lexicon);
            }
        });
        return result;
    }

    private static Map<LexiconFile, String> userLocations(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a directory; expected a directory of lexicon files "
                    + "named like the built-in ones: " + String.join(", ", names()));
        }
        Map<LexiconFile, String> locations = new LinkedHashMap<>();
        TreeSet<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                Optional<LexiconFile> known = LexiconFile.named(name);
                if (known.isEmpty()) {
                    unknown.add(name);
                    continue;
                }
                locations.put(known.get(), replaces(file) ? file.toAbsolutePath().toString()
                        : known.get().builtIn() + LexiconTrie.SEPARATOR + file.toAbsolutePath());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IOException(dir + ": " + String.join(", ", unknown) + " is no lexicon tifa knows; expected one of "
                    + String.join(", ", names()));
        }
        return locations;
    }

    private static boolean replaces(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty()).findFirst().map(REPLACE::equals).orElse(false);
        }
    }
}
