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
            java.util.stream.Stream.of("END", "SKIP")).toArray(String[]::new);

    private static final Map<String, List<Column>> SCHEMA = Map.ofEntries(
            Map.entry("byline_agencies.txt", List.of(Column.of(false, false, "OUTLET", "AGENCY", "OUTLET_SUFFIX"))),
            Map.entry("byline_roles.txt", List.of(Column.of(false, false, ROLES), Column.of(false, true, "PREVIOUS"))),
            Map.entry("byline_context.txt", List.of(Column.of(true, false, "MARK", "KIND", "CITING"))),
            Map.entry("numerals.txt", List.of(Column.of(true, false, "NUMERAL", "ORDINAL", "FORMULA"),
                    Column.of(false, false))),
            Map.entry("posts.txt", List.of(Column.of(false, false, "PARTY", "GOV", "LEGIS", "DEPT", "JUD", "STATE",
                    "MIL", "MASS", "ENT", "RANK", "LEVEL"))),
            Map.entry("levels.txt", List.of(Column.of(false, false, "NATIONAL", "PROVINCE", "PREFECTURE", "COUNTY",
                    "TOWNSHIP", "VILLAGE", "ZONE"))),
            Map.entry("organs.txt", List.of(Column.of(false, false, "DEPT", "ENT", "MASS", "CENTRAL", "GOV", "PARTY",
                    "DISC", "VILL", "JUD", "DEMP", "LEGIS", "CPPCC", "AFTER_LEVEL"))),
            Map.entry("places.txt", List.of(Column.of(false, false, "A", "C", "P"))),
            Map.entry("person_context.txt", List.of(Column.of(true, false, "AFTER_NAME", "FOLLOWER", "NOT_NAME",
                    "NAME_OF_PLACE_OR_ORG", "BEFORE_NAME", "ORGAN_END"))),
            Map.entry("meeting_context.txt", List.of(Column.of(true, false, "LEFT_STOP", "DEMONSTRATIVE",
                    "CITE_BEFORE", "CITE_AFTER", "SCOPE", "MODE", "POSITION", "CONTINUES_HEAD", "CONJUNCTION",
                    "JOINER", "ASPECT", "ETC", "PLENUM_ORDINAL"))),
            Map.entry("title_context.txt", List.of(Column.of(true, false, "ORGAN_SUFFIX", "COLLECTIVE_AFTER",
                    "ORGAN_END", "CLAUSE_LINK", "MEASURE", "GRADE", "HOLDER_AFTER", "COPULA", "HOLDER_BEFORE", "FORMER"))),
            Map.entry("slogan_context.txt", List.of(Column.of(true, false, "LABELS", "IN_PLACE", "SET_MEASURE",
                    "ALIAS_CUE"))),
            Map.entry("slogans_national.txt", List.of(Column.of(false, true), Column.of(false, true, "true", "false"))),
            // the type column is checked by MeetingAnnotator against meeting_types.txt, a user's included
            Map.entry("meeting_heads.txt", List.of(Column.of(false, false), Column.of(false, true, "GENERIC"))),
            Map.entry("meeting_types.txt", List.of(Column.of(false, true))),
            // pattern files: name, regular expression; the names are checked by their annotator
            Map.entry("meeting_patterns.txt", List.of(Column.of(false, false))),
            Map.entry("byline_patterns.txt", List.of(Column.of(false, false))));

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
