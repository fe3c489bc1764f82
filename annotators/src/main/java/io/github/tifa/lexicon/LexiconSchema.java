package io.github.tifa.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each lexicon file may hold, by file name: for each column after the key, the values it
 * allows (several comma-separated where a word has several classes). A value outside them, or a key
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

    private static final String[] ROLES = java.util.stream.Stream.concat(CONTRIBUTOR_ROLES.stream(),
            java.util.stream.Stream.of(WordClass.names(List.of(WordClass.RoleNote.values())))).toArray(String[]::new);

    /** Files whose word classes may be combined on one line (传达	LEFT_STOP,CITE_BEFORE). */
    private static final Set<String> MULTI = Set.of("byline_context.txt", "numerals.txt", "person_context.txt",
            "meeting_context.txt", "title_context.txt", "slogan_context.txt");

    private static final Map<String, List<Column>> SCHEMA = schema();

    private static Map<String, List<Column>> schema() {
        Map<String, List<Column>> schema = new java.util.HashMap<>();
        WordClass.BY_FILE.forEach((file, classes) -> schema.put(file,
                List.of(Column.of(MULTI.contains(file), false, WordClass.names(classes)))));
        schema.put("numerals.txt", List.of(schema.get("numerals.txt").get(0), Column.of(false, false)));
        schema.put("byline_roles.txt", List.of(Column.of(false, false, ROLES),
                Column.of(false, true, WordClass.names(List.of(WordClass.RoleTarget.values())))));
        schema.put("slogans_national.txt", List.of(Column.of(false, true), Column.of(false, true, "true", "false")));
        // the type column is checked by MeetingAnnotator against meeting_types.txt, a user's included
        schema.put("meeting_heads.txt", List.of(Column.of(false, false),
                Column.of(false, true, WordClass.names(List.of(WordClass.HeadNote.values())))));
        schema.put("meeting_types.txt", List.of(Column.of(false, true)));
        // pattern files: name, regular expression; the names are checked by their annotator
        schema.put("meeting_patterns.txt", List.of(Column.of(false, false)));
        schema.put("byline_patterns.txt", List.of(Column.of(false, false)));
        return Map.copyOf(schema);
    }

    private LexiconSchema() {
    }

    /** The meetingType values, read from the built-in meeting_types.txt. */
    public static List<String> meetingTypes() {
        return Lexicon.fromClasspath(Lexicons.MEETING_TYPES.substring(LexiconTrie.CLASSPATH.length())).entries()
                .stream().map(Lexicon.Entry::key).toList();
    }

    /** The file name of a lexicon location or resource path. */
    static String fileName(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** Columns every line of the file {@code name} must have: the key and each non-optional column. */
    static int minColumns(String name) {
        List<Column> columns = SCHEMA.getOrDefault(fileName(name), List.of());
        int n = 1;
        while (n - 1 < columns.size() && !columns.get(n - 1).optional()) {
            n++;
        }
        return n;
    }

    /** The classes the schema allows in the second column of {@code file}; empty when it declares none. */
    public static Set<String> classes(String file) {
        List<Column> columns = SCHEMA.getOrDefault(file, List.of());
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
        List<Column> columns = SCHEMA.get(file);
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
