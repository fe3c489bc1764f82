package io.github.tifa.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasConsumer_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.LexiconFile;
import io.github.tifa.lexicon.WordClass.MeetingContext;
import io.github.tifa.lexicon.WordClass.RoleNote;
import io.github.tifa.model.Layers;
import io.github.tifa.reflow.Alignments;
import io.github.tifa.type.OfficialTitle;

/**
 * Writes brat standoff: {@code <id>.txt} is the raw page text, {@code <id>.ann} the annotation
 * scheme's layers on it, with raw offsets in Unicode code points, spans cut into fragments at line
 * breaks (brat's rule), features as attributes, {@code rule} as a note, TitleOf as relations
 * ({@code Governor} = title, {@code Dependent} = person). Same names as {@code gold/}; an
 * {@code annotation.conf} beside the files lets brat open them.
 */
public class BratWriter extends JCasConsumer_ImplBase {

    /** Directory to write into; created when missing. */
    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION)
    private String targetLocation;

    /**
     * Closed-vocabulary features, written as brat attributes with declared values; every other
     * feature is free text and goes, with {@code rule}, into the span's one AnnotatorNotes line.
     */
    static final Map<String, String> VALUED = new LinkedHashMap<>();
    /** Boolean features: a brat flag, present when true and absent when false. */
    static final Map<String, String> FLAGS = new LinkedHashMap<>();
    /** The values each annotation.conf written or read by this JVM declares, by its path. */
    private static final Map<Path, Map<String, Set<String>>> DECLARED = new java.util.HashMap<>();

    /** What separates {@code key=value} pairs in a note. */
    public static final String NOTE_SEPARATOR = " | ";
    /** A line break with the spaces around it: one space in an entity's text (compiled once, not per entity). */
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t\\u3000]*[\\r\\n]+[ \\t\\u3000]*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    static {
        VALUED.put("role", "Contributor");
        VALUED.put("meetingType", "Meeting");
        VALUED.put("mode", "Meeting");
        FLAGS.put("held", "Meeting");
        FLAGS.put("numeric", "Slogan");
        FLAGS.put("quoted", "Slogan");
    }

    /** Values declared for the valued attributes before any document adds its own. */
    static Map<String, Set<String>> builtInValues() {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        Set<String> roles = new LinkedHashSet<>();
        for (Lexicon.Entry e : LexiconTrie.read(LexiconFile.BYLINE_ROLES.builtIn()).lexicon().entries()) {
            if (!e.is(RoleNote.END) && !e.is(RoleNote.SKIP) && !e.is(RoleNote.UNNAMED)) {
                roles.add(e.column(0));
            }
        }
        values.put("role", roles);
        values.put("meetingType", new LinkedHashSet<>(io.github.tifa.lexicon.LexiconSchema.meetingTypes()));
        // a mode the built-in words do not name (现场+视频) is declared when a page first has it
        values.put("mode", new LinkedHashSet<>(LexiconTrie.read(LexiconFile.MEETING_CONTEXT.builtIn()).words(MeetingContext.MODE)));
        return values;
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            write(jcas, Path.of(targetLocation));
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /** Writes {@code <id>.txt} and {@code <id>.ann} for one reflowed document, every layer. */
    public static void write(JCas jcas, Path dir) throws IOException {
        write(jcas, dir, true);
    }

    /**
     * Writes {@code <id>.txt} and {@code <id>.ann}, with {@code annotation.conf} and {@code visual.conf}
     * beside them; articles and headlines only when {@code blocks} (brat labels every line they cover).
     */
    public static void write(JCas jcas, Path dir, boolean blocks) throws IOException {
        String id = TifaXmiWriter.documentId(jcas);
        String raw;
        try {
            raw = jcas.getView(Alignments.RAW_VIEW).getDocumentText();
        } catch (CASException e) {
            throw new IOException("document " + id + " has no raw view", e);
        }
        String ann = annotations(jcas, raw, blocks);
        OutputFiles.write(OutputFiles.target(dir, id, ".txt"), out -> out.write(raw.getBytes(StandardCharsets.UTF_8)));
        OutputFiles.write(OutputFiles.target(dir, id, ".ann"), out -> out.write(ann.getBytes(StandardCharsets.UTF_8)));
        writeConf(dir.resolve("annotation.conf"), usedValues(ann));
        Path visual = dir.resolve(BratVisual.FILE);
        if (!Files.exists(visual)) {
            OutputFiles.write(visual, out -> out.write(BratVisual.CONF.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Writes annotation.conf, or rewrites it when a document uses a value it does not declare yet. */
    private static synchronized void writeConf(Path conf, Map<String, Set<String>> used) throws IOException {
        Path key = conf.toAbsolutePath().normalize();
        boolean exists = Files.exists(conf);
        // what this JVM wrote there last: a batch does not read the file back for every page
        Map<String, Set<String>> declared = exists ? DECLARED.get(key) : null;
        if (declared == null) {
            declared = exists ? declaredValues(Files.readString(conf, StandardCharsets.UTF_8)) : builtInValues();
            DECLARED.put(key, declared);
        }
        boolean complete = exists;
        for (Map.Entry<String, Set<String>> e : used.entrySet()) {
            Set<String> known = declared.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
            complete &= known.containsAll(e.getValue());
            known.addAll(e.getValue());
        }
        if (!complete) {
            String content = annotationConf(declared);
            OutputFiles.write(conf, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The .ann content for a reflowed document whose raw text is {@code raw}, every layer. */
    public static String annotations(JCas jcas, String raw) {
        return annotations(jcas, raw, true);
    }

    /** The .ann content; articles and headlines only when {@code blocks}. */
    public static String annotations(JCas jcas, String raw, boolean blocks) {
        Standoff out = new Standoff(Alignments.of(jcas), raw);
        for (Class<? extends Annotation> layer : Layers.SCHEME) {
            if (!blocks && Layers.BLOCKS.contains(layer)) {
                continue;
            }
            for (Annotation ann : Layers.select(jcas, layer)) {
                if (ann.getClass() != layer && Layers.SCHEME.contains(ann.getClass())) {
                    continue; // written under its own layer
                }
                out.entity(layer, ann);
            }
        }
        for (Annotation title : Layers.select(jcas, OfficialTitle.class)) {
            for (NamedEntity person : Layers.holders((OfficialTitle) title)) {
                out.relation(title, person);
            }
        }
        return out.text.toString();
    }

    /** The standoff lines of one document, numbered as they are written. */
    private static final class Standoff {
        private final Alignments align;
        private final String raw;
        private final CodePoints cp;
        private final StringBuilder text = new StringBuilder();
        private final Map<Annotation, String> ids = new IdentityHashMap<>();
        private int entities;
        private int attributes;
        private int notes;
        private int relations;

        Standoff(Alignments align, String raw) {
            this.align = align;
            this.raw = raw;
            this.cp = new CodePoints(raw);
        }

        /** T (the span, in raw code points), A (flags and short values) and # (the other features, the rule). */
        void entity(Class<? extends Annotation> layer, Annotation ann) {
            String tid = "T" + (++entities);
            ids.put(ann, tid);
            int rb = align.rawBegin(ann.getBegin(), ann.getEnd());
            int re = align.rawEnd(ann.getBegin(), ann.getEnd());
            text.append(tid).append('\t').append(Layers.name(layer)).append(' ').append(fragments(raw, rb, re, cp))
                    .append('\t').append(fragmentText(raw, rb, re)).append('\n');
            List<String> noted = new ArrayList<>();
            for (String[] f : Layers.features(ann)) {
                if (FLAGS.containsKey(f[0])) {
                    if ("true".equals(f[1])) {
                        text.append('A').append(++attributes).append('\t').append(f[0]).append(' ').append(tid)
                                .append('\n');
                    }
                } else if (f[1].isEmpty()) {
                    continue;
                } else if (VALUED.containsKey(f[0]) && f[1].chars().noneMatch(Character::isWhitespace)) {
                    text.append('A').append(++attributes).append('\t').append(f[0]).append(' ').append(tid).append(' ')
                            .append(f[1]).append('\n');
                } else {
                    noted.add(f[0] + "=" + WHITE_SPACE.matcher(f[1]).replaceAll(" "));
                }
            }
            String rule = Layers.rule(ann);
            if (rule != null && !rule.isEmpty()) {
                noted.add("rule=" + rule);
            }
            if (!noted.isEmpty()) {
                text.append('#').append(++notes).append("\tAnnotatorNotes ").append(tid).append('\t')
                        .append(String.join(NOTE_SEPARATOR, noted)).append('\n');
            }
        }

        /** R: the title governs, its holder depends (written only when the holder was written). */
        void relation(Annotation title, NamedEntity person) {
            String dep = ids.get(person);
            if (dep != null) {
                text.append('R').append(++relations).append('\t').append(Layers.TITLE_OF).append(" Governor:")
                        .append(ids.get(title)).append(" Dependent:").append(dep).append('\n');
            }
        }
    }

    /** {@code start end} pairs in code points, split at line breaks, joined by {@code ;}. */
    static String fragments(String raw, int begin, int end, CodePoints cp) {
        StringBuilder sb = new StringBuilder();
        int from = begin;
        for (int i = begin; i <= end; i++) {
            boolean lineBreak = i < end && (raw.charAt(i) == '\n' || raw.charAt(i) == '\r');
            if (i == end || lineBreak) {
                int fb = from;
                int fe = i;
                while (fb < fe && Character.isWhitespace(raw.charAt(fb))) {
                    fb++;
                }
                while (fe > fb && Character.isWhitespace(raw.charAt(fe - 1))) {
                    fe--;
                }
                if (fb < fe) {
                    if (sb.length() > 0) {
                        sb.append(';');
                    }
                    sb.append(cp.of(fb)).append(' ').append(cp.of(fe));
                }
                from = i + 1;
            }
        }
        if (sb.length() == 0) {
            sb.append(cp.of(begin)).append(' ').append(cp.of(end));
        }
        return sb.toString();
    }

    /** The covered raw text with each line break (and the spaces around it) shown as one space. */
    static String fragmentText(String raw, int begin, int end) {
        String covered = raw.substring(begin, end);
        return covered.indexOf('\n') < 0 && covered.indexOf('\r') < 0 ? covered
                : LINE_BREAK.matcher(covered).replaceAll(" ");
    }

    /**
     * The annotation.conf for .ann files that use {@code values} (attribute → values): entities,
     * the TitleOf relation, flags for the boolean features and declared values for the others.
     */
    static String annotationConf(Map<String, Set<String>> values) {
        StringBuilder sb = new StringBuilder("# brat configuration for tifa output\n[entities]\n");
        for (Class<? extends Annotation> layer : Layers.SCHEME) {
            sb.append(Layers.name(layer)).append('\n');
        }
        sb.append("\n[relations]\n").append(Layers.TITLE_OF).append("\tGovernor:OfficialTitle, Dependent:Person\n");
        sb.append("\n[events]\n\n[attributes]\n");
        FLAGS.forEach((name, type) -> sb.append(name).append("\tArg:").append(type).append('\n'));
        VALUED.forEach((name, type) -> sb.append(name).append("\tArg:").append(type).append(", Value:")
                .append(String.join("|", values.getOrDefault(name, Set.of()))).append('\n'));
        return sb.toString();
    }

    /** The values an annotation.conf declares for each valued attribute (empty when there is none). */
    static Map<String, Set<String>> declaredValues(String conf) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String line : conf.split("\n")) {
            int v = line.indexOf("Value:");
            if (v > 0 && line.indexOf('\t') > 0) {
                values.put(line.substring(0, line.indexOf('\t')),
                        new LinkedHashSet<>(List.of(line.substring(v + "Value:".length()).trim().split("\\|"))));
            }
        }
        return values;
    }

    /** The values the .ann content uses for each valued attribute. */
    static Map<String, Set<String>> usedValues(String ann) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String line : ann.split("\n")) {
            if (line.startsWith("A")) {
                String[] parts = line.split("\t")[1].split(" ");
                if (parts.length > 2 && VALUED.containsKey(parts[0])) {
                    values.computeIfAbsent(parts[0], k -> new LinkedHashSet<>()).add(parts[2]);
                }
            }
        }
        return values;
    }
}
