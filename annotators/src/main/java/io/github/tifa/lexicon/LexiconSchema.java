package io.github.tifa.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each lexicon file may hold, by file name, as the manifest {@link LexiconFile} declares it: for
 * each column after the key, the values it allows (several comma-separated where a word has several
 * classes). A value outside them, or a key
 * given twice in one file, is an error naming the file, the line and the allowed values, so that a
 * typo in a user's lexicon never goes silently unused. Files not named here (places, surnames,
 * organs of a user's own) are checked for their shape only.
 */
public final class LexiconSchema {

    /** One column's allowed values; {@code multi}: several, comma-separated; {@code optional}: may be empty. */
    record Column(Set<String> values, boolean multi, boolean optional) {
        static Column of(boolean multi, boolean optional, String... values) {
            return new Column(new LinkedHashSet<>(List.of(values)), multi, optional);
        }
    }

    /** The values of Contributor.role (ANNOTATION-SCHEME.md): the scheme's, not vocabulary. */
    public static final List<String> CONTRIBUTOR_ROLES = List.of("记者", "通讯员", "实习生", "见习记者", "特约记者", "摄影");

    /** The columns of each file, read from the manifest when first asked (the manifest reads this class's roles). */
    private static final class Manifest {
        private static final Map<String, List<Column>> SCHEMA = schema();
    }

    private static Map<String, List<Column>> schema() {
        Map<String, List<Column>> schema = new java.util.HashMap<>();
        for (LexiconFile file : LexiconFile.values()) {
            if (!file.columns().isEmpty()) {
                schema.put(file.fileName(), file.columns());
            }
        }
        return Map.copyOf(schema);
    }

    private LexiconSchema() {
    }

    /** The meetingType values, read from the built-in meeting_types.txt. */
    public static List<String> meetingTypes() {
        return Lexicon.fromClasspath(LexiconFile.MEETING_TYPES.builtIn().substring(LexiconTrie.CLASSPATH.length())).entries()
                .stream().map(Lexicon.Entry::key).toList();
    }

    /** The file name of a lexicon location or resource path. */
    static String fileName(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** Columns every line of the file {@code name} must have: the key and each non-optional column. */
    static int minColumns(String name) {
        List<Column> columns = Manifest.SCHEMA.getOrDefault(fileName(name), List.of());
        int n = 1;
        while (n - 1 < columns.size() && !columns.get(n - 1).optional()) {
            n++;
        }
        return n;
    }

    /** The classes the schema allows in the second column of {@code file}; empty when it declares none. */
    public static Set<String> classes(String file) {
        List<Column> columns = Manifest.SCHEMA.getOrDefault(file, List.of());
        return columns.isEmpty() ? Set.of() : columns.get(0).values();
    }

    /**
     * Checks the entries of the lexicon file {@code name} (a path or resource; its file name decides
     * the schema) against its schema and for keys given twice.
     *
     * @throws IllegalArgumentException naming the file, the line and what was expected
     */
    static void check(String name, List<Lexicon.Entry> entries) {
        String file = fileName(name);
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Lexicon.Entry e : entries) {
            Integer first = seen.putIfAbsent(e.key(), e.line());
            if (first != null) {
                throw new IllegalArgumentException(String.format("%s line %d: '%s' is already on line %d; "
                        + "give each word one line (several classes comma-separated)", name, e.line(), e.key(), first));
            }
        }
        List<Column> columns = Manifest.SCHEMA.get(file);
        if (columns == null) {
            return;
        }
        for (Lexicon.Entry e : entries) {
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                String value = e.column(c);
                if (column.values().isEmpty() || value.isEmpty() && column.optional()) {
                    continue;
                }
                for (String v : column.multi() ? value.split(",") : new String[] {value}) {
                    if (!column.values().contains(v.strip())) {
                        throw new IllegalArgumentException(String.format("%s line %d: column %d of '%s' is '%s', "
                                + "expected %s%s", name, e.line(), c + 2, e.key(), value,
                                column.multi() ? "one or more of " : "one of ", String.join(", ", column.values())));
                    }
                }
            }
        }
    }
}
