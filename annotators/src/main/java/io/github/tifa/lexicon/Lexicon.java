package io.github.tifa.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A word list: UTF-8, one entry a line, {@code #} comments, tab-separated columns where an entry
 * carries data. A malformed line is an error naming the file and the line.
 */
public final class Lexicon {
    /**
     * One entry: the key (first column), the remaining columns, its line, and its classes: the
     * comma-separated values of the second column ({@code 传达	LEFT_STOP,CITE_BEFORE}).
     */
    public record Entry(String key, List<String> columns, int line, Set<String> classes) {
        Entry(String key, List<String> columns, int line) {
            this(key, List.copyOf(columns), line, classesOf(columns));
        }

        /** The class sets met so far: thousands of entries share a few (places.txt: A, C, P). */
        private static final Map<String, Set<String>> CLASS_SETS = new ConcurrentHashMap<>();

        private static Set<String> classesOf(List<String> columns) {
            if (columns.isEmpty() || columns.get(0).isEmpty()) {
                return Set.of();
            }
            return CLASS_SETS.computeIfAbsent(columns.get(0), column -> {
                Set<String> classes = new LinkedHashSet<>();
                for (String c : column.split(",")) {
                    classes.add(c.strip());
                }
                return Set.copyOf(classes);
            });
        }

        public String column(int i) {
            return i < columns.size() ? columns.get(i) : "";
        }

        /** This entry has the class {@code wordClass} (an exact value of its second column, not a substring). */
        public boolean is(WordClass wordClass) {
            return classes.contains(wordClass.name());
        }

        /** This entry has the class spelt {@code name} (a class a pattern file names). */
        boolean is(String name) {
            return classes.contains(name);
        }
    }

    private final String name;
    private final List<Entry> entries;

    private Lexicon(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    /** Loads a lexicon from the class path, e.g. {@code io/github/tifa/lexicon/byline_roles.txt}. */
    public static Lexicon fromClasspath(String resource) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("lexicon not found on the class path: " + resource);
        }
        try (in) {
            return parse(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /**
     * A table keyed by the constants of {@code type} (a data file of the class path, {@code
     * CONSTANT<TAB>value}, such as the tag groups and the punctuation sets): each constant's value.
     *
     * @throws IllegalStateException naming the file and line of a name that is no constant, or a constant
     *     the file lacks: a table out of step with the code fails at start-up
     */
    public static <E extends Enum<E>> Map<E, String> table(String resource, Class<E> type) {
        Lexicon file = fromClasspath(resource);
        Map<E, String> values = new EnumMap<>(type);
        for (Entry e : file.entries()) {
            try {
                values.put(Enum.valueOf(type, e.key()), e.column(0));
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(String.format("%s line %d: '%s' is no %s", resource, e.line(), e.key(),
                        type.getSimpleName()), ex);
            }
        }
        for (E constant : type.getEnumConstants()) {
            if (!values.containsKey(constant)) {
                throw new IllegalStateException(resource + " has no line for " + type.getSimpleName() + " " + constant);
            }
        }
        return values;
    }

    static Lexicon parse(String name, InputStream in) throws IOException {
        int minColumns = LexiconSchema.minColumns(name);
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length < minColumns || parts[0].isBlank()) {
                    throw new IllegalArgumentException(String.format(
                            "%s line %d: expected %d tab-separated column(s) with a non-empty first one, got: %s",
                            name, number, minColumns, line));
                }
                List<String> columns = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    columns.add(parts[i].strip());
                }
                entries.add(new Entry(parts[0].strip(), columns, number));
            }
        }
        LexiconSchema.check(name, entries);
        return new Lexicon(name, entries);
    }

    /** The entries of several lexicons, in order: a later entry with the same key wins. */
    static Lexicon merge(String name, List<Lexicon> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<Entry> entries = new ArrayList<>();
        for (Lexicon part : parts) {
            entries.addAll(part.entries);
        }
        return new Lexicon(name, entries);
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }
}
