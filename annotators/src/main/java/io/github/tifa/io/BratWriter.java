package io.github.tifa.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasConsumer_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.Person;
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

    /** Features written as AnnotatorNotes rather than attributes: free text that may hold spaces. */
    static final Set<String> NOTE_FEATURES = Set.of("canonical", "expansion");

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            write(jcas, Path.of(targetLocation));
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /** Writes {@code <id>.txt} and {@code <id>.ann} for one reflowed document. */
    public static void write(JCas jcas, Path dir) throws IOException {
        String id = TifaXmiWriter.documentId(jcas);
        String raw;
        try {
            raw = jcas.getView(Alignments.RAW_VIEW).getDocumentText();
        } catch (CASException e) {
            throw new IOException("document " + id + " has no raw view", e);
        }
        String ann = annotations(jcas, raw);
        OutputFiles.write(OutputFiles.target(dir, id, ".txt"), out -> out.write(raw.getBytes(StandardCharsets.UTF_8)));
        OutputFiles.write(OutputFiles.target(dir, id, ".ann"), out -> out.write(ann.getBytes(StandardCharsets.UTF_8)));
        Path conf = dir.resolve("annotation.conf");
        if (!Files.exists(conf)) {
            OutputFiles.write(conf, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write(annotationConf());
                w.flush();
            });
        }
    }

    /** The .ann content for a reflowed document whose raw text is {@code raw}. */
    public static String annotations(JCas jcas, String raw) {
        Alignments align = Alignments.of(jcas);
        CodePoints cp = new CodePoints(raw);
        StringBuilder sb = new StringBuilder();
        Map<Annotation, String> ids = new IdentityHashMap<>();
        int t = 0;
        int a = 0;
        int notes = 0;
        for (Class<? extends Annotation> layer : Layers.SCHEME) {
            for (Annotation ann : Layers.select(jcas, layer)) {
                if (ann.getClass() != layer && Layers.SCHEME.contains(ann.getClass())) {
                    continue; // written under its own layer
                }
                String tid = "T" + (++t);
                ids.put(ann, tid);
                int rb = align.rawBegin(ann.getBegin(), ann.getEnd());
                int re = align.rawEnd(ann.getBegin(), ann.getEnd());
                sb.append(tid).append('\t').append(Layers.name(layer)).append(' ')
                        .append(fragments(raw, rb, re, cp)).append('\t')
                        .append(fragmentText(raw, rb, re)).append('\n');
                for (String[] f : Layers.features(ann)) {
                    if (f[1].isEmpty()) {
                        continue;
                    }
                    if (NOTE_FEATURES.contains(f[0]) || f[1].chars().anyMatch(Character::isWhitespace)) {
                        sb.append('#').append(++notes).append("\tAnnotatorNotes ").append(tid).append('\t')
                                .append(f[0]).append('=').append(f[1].replaceAll("\\s+", " ")).append('\n');
                    } else {
                        sb.append('A').append(++a).append('\t').append(f[0]).append(' ').append(tid).append(' ')
                                .append(f[1]).append('\n');
                    }
                }
                String rule = Layers.rule(ann);
                if (rule != null && !rule.isEmpty()) {
                    sb.append('#').append(++notes).append("\tAnnotatorNotes ").append(tid).append("\trule=")
                            .append(rule).append('\n');
                }
            }
        }
        int r = 0;
        for (OfficialTitle title : Layers.select(jcas, OfficialTitle.class).stream()
                .map(OfficialTitle.class::cast).toList()) {
            for (Person person : Layers.holders(title)) {
                String dep = ids.get(person);
                if (dep != null) {
                    sb.append('R').append(++r).append('\t').append(Layers.TITLE_OF).append(" Governor:")
                            .append(ids.get(title)).append(" Dependent:").append(dep).append('\n');
                }
            }
        }
        return sb.toString();
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
        return raw.substring(begin, end).replaceAll("[ \\t\\u3000]*[\\r\\n]+[ \\t\\u3000]*", " ");
    }

    static String annotationConf() {
        StringBuilder sb = new StringBuilder("# brat configuration for tifa output\n[entities]\n");
        for (Class<? extends Annotation> layer : Layers.SCHEME) {
            sb.append(Layers.name(layer)).append('\n');
        }
        sb.append("\n[relations]\n").append(Layers.TITLE_OF).append("\tGovernor:OfficialTitle, Dependent:Person\n");
        sb.append("\n[events]\n\n[attributes]\n");
        List<String[]> attributes = List.of(
                new String[] {"agency", "Byline"}, new String[] {"place", "Byline"},
                new String[] {"dateline", "Byline"}, new String[] {"role", "Contributor"},
                new String[] {"post", "OfficialTitle"}, new String[] {"organization", "OfficialTitle"},
                new String[] {"meetingType", "Meeting"}, new String[] {"held", "Meeting"},
                new String[] {"term", "Meeting"}, new String[] {"session", "Meeting"},
                new String[] {"mode", "Meeting"}, new String[] {"numeric", "Slogan"},
                new String[] {"quoted", "Slogan"});
        for (String[] attr : attributes) {
            sb.append(attr[0]).append("\tArg:").append(attr[1]).append('\n');
        }
        return sb.toString();
    }
}
