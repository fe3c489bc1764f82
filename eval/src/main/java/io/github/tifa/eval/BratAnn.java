package io.github.tifa.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A brat standoff document ({@code .ann}) as the evaluator sees it: text-bound annotations with
 * their attributes and notes, and binary relations. Offsets are code points; a span made of
 * several fragments counts from its first fragment's start to its last fragment's end.
 */
public final class BratAnn {

    /** A text-bound annotation. */
    public record Span(String id, String type, int begin, int end, String text, Map<String, String> attributes,
            Map<String, String> notes) {
        public String attribute(String name) {
            return attributes.getOrDefault(name, "");
        }

        public String rule() {
            return notes.getOrDefault("rule", "");
        }
    }

    /** A relation between two spans, e.g. TitleOf(Governor: title, Dependent: person). */
    public record Relation(String id, String type, String governor, String dependent) {
    }

    /** Notes that are not scored features of the scheme (expansion is in gold only where the page spells it out). */
    private static final Set<String> NOTE_ONLY = Set.of("rule", "expansion");
    /** Boolean features, per type: a brat flag, false when absent. */
    private static final Map<String, List<String>> FLAGS = Map.of("Meeting", List.of("held"),
            "Slogan", List.of("numeric", "quoted"));

    private final String name;
    private final Map<String, Span> spans;
    private final List<Relation> relations;

    private BratAnn(String name, Map<String, Span> spans, List<Relation> relations) {
        this.name = name;
        this.spans = spans;
        this.relations = relations;
    }

    public String name() {
        return name;
    }

    public List<Span> spans() {
        return List.copyOf(spans.values());
    }

    public Span span(String id) {
        return spans.get(id);
    }

    public List<Relation> relations() {
        return Collections.unmodifiableList(relations);
    }

    /**
     * Parses {@code .ann} content.
     *
     * @param name file name for error messages
     * @throws IllegalArgumentException naming the file, the line and the expected form
     */
    public static BratAnn parse(String content, String name) {
        Reader reader = new Reader(name);
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                reader.line(lines[i], i + 1);
            }
        }
        return reader.build();
    }

    /** The lines of one .ann file read so far; attributes and notes find their spans once all are read. */
    private static final class Reader {
        private final String name;
        private final Map<String, Span> spans = new LinkedHashMap<>();
        private final List<Relation> relations = new ArrayList<>();
        private final List<String[]> attributes = new ArrayList<>();
        private final List<String[]> notes = new ArrayList<>();

        Reader(String name) {
            this.name = name;
        }

        void line(String line, int number) {
            String[] cols = line.split("\t", -1);
            try {
                switch (line.charAt(0)) {
                    case 'T' -> span(cols);
                    case 'A', 'M' -> {
                        String[] parts = cols[1].split(" ");
                        attributes.add(new String[] {parts[0], parts[1], parts.length > 2 ? parts[2] : "true",
                                String.valueOf(number)});
                    }
                    case 'R' -> {
                        String[] parts = cols[1].split(" ");
                        relations.add(new Relation(cols[0], parts[0], parts[1].substring(parts[1].indexOf(':') + 1),
                                parts[2].substring(parts[2].indexOf(':') + 1)));
                    }
                    case '#' -> note(cols, number);
                    default -> throw new IllegalArgumentException("unknown annotation kind '" + line.charAt(0) + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(String.format("%s line %d: %s; expected brat standoff "
                        + "(T1<TAB>Type start end<TAB>text, A1<TAB>attr T1 value, R1<TAB>Rel Arg1:T1 Arg2:T2, "
                        + "#1<TAB>AnnotatorNotes T1<TAB>key=value), got: %s", name, number,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), line), e);
            }
        }

        /** T1<TAB>Type 0 5;7 9<TAB>text: a discontinuous span counts from its first to its last character. */
        private void span(String[] cols) {
            String[] head = cols[1].split(" ", 2);
            int begin = Integer.MAX_VALUE;
            int end = -1;
            for (String fragment : head[1].split(";")) {
                String[] be = fragment.trim().split(" ");
                int b = Integer.parseInt(be[0]);
                int e = Integer.parseInt(be[1]);
                if (b > e) {
                    throw new IllegalArgumentException("fragment start after its end");
                }
                begin = Math.min(begin, b);
                end = Math.max(end, e);
            }
            spans.put(cols[0], new Span(cols[0], head[0], begin, end, cols.length > 2 ? cols[2] : "",
                    new LinkedHashMap<>(), new LinkedHashMap<>()));
        }

        /** #1<TAB>AnnotatorNotes T1<TAB>key=value | key=value. */
        private void note(String[] cols, int number) {
            String target = cols[1].split(" ")[1];
            for (String note : cols[2].split(" \\| ")) {
                int eq = note.indexOf('=');
                if (eq > 0) {
                    notes.add(new String[] {target, note.substring(0, eq), note.substring(eq + 1), String.valueOf(number)});
                }
            }
        }

        BratAnn build() {
            for (String[] a : attributes) {
                Span span = target(spans, a[1], name, a[3]);
                // a note given as an attribute (A1 expansion T1 …) is still no scored feature
                (NOTE_ONLY.contains(a[0]) ? span.notes() : span.attributes()).put(a[0], a[2]);
            }
            for (String[] n : notes) {
                Span span = target(spans, n[0], name, n[3]);
                // tifa writes free-text features as notes (post=书记); gold may carry them as attributes
                (NOTE_ONLY.contains(n[1]) ? span.notes() : span.attributes()).putIfAbsent(n[1], n[2]);
            }
            for (Span span : spans.values()) {
                // a false boolean is an absent brat flag
                for (String flag : FLAGS.getOrDefault(span.type(), List.of())) {
                    span.attributes().putIfAbsent(flag, "false");
                }
            }
            for (Relation r : relations) {
                target(spans, r.governor(), name, r.id());
                target(spans, r.dependent(), name, r.id());
            }
            return new BratAnn(name, spans, relations);
        }
    }

    private static Span target(Map<String, Span> spans, String id, String name, String where) {
        Span span = spans.get(id);
        if (span == null) {
            throw new IllegalArgumentException(name + " (" + where + "): refers to " + id
                    + ", which is not a text-bound annotation of this file");
        }
        return span;
    }
}
