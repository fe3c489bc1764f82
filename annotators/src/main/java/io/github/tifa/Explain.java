package io.github.tifa;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import io.github.tifa.io.Offsets;
import io.github.tifa.model.Layers;
import io.github.tifa.type.OfficialTitle;

/**
 * Says why tifa tagged what it tagged: every annotation of the scheme's layers with its clean and
 * raw offsets (code points), covered text, features, holders, the rule that made it and a line of
 * context, so that a user sees which rule to change.
 */
public final class Explain {
    /** Characters of context on each side. */
    public static final int CONTEXT = 15;

    private Explain() {
    }

    /** One block of lines per annotation, in layer order; {@code type} limits it to one layer (or null). */
    public static List<String> lines(JCas jcas, String type) {
        String clean = jcas.getDocumentText();
        Offsets offsets = Offsets.of(jcas);
        List<String> out = new ArrayList<>();
        for (Class<? extends Annotation> layer : Layers.SCHEME) {
            String name = Layers.name(layer);
            if (type != null && !type.equalsIgnoreCase(name)) {
                continue;
            }
            for (Annotation a : Layers.select(jcas, layer)) {
                if (a.getClass() != layer && Layers.SCHEME.contains(a.getClass())) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                sb.append(String.format("%-13s clean %d-%d  raw %d-%d  「%s」", name, offsets.begin(a), offsets.end(a),
                        offsets.rawBegin(a), offsets.rawEnd(a), a.getCoveredText()));
                for (String[] f : Layers.features(a)) {
                    if (!f[1].isEmpty()) {
                        sb.append("  ").append(f[0]).append('=').append(f[1]);
                    }
                }
                if (a instanceof OfficialTitle title) {
                    List<String> holders = Layers.holders(title).stream().map(Annotation::getCoveredText).toList();
                    sb.append("  holders=").append(holders.isEmpty() ? "-" : String.join(",", holders));
                }
                String rule = Layers.rule(a);
                sb.append("  rule=").append(rule == null || rule.isEmpty() ? "-" : rule);
                out.add(sb.toString());
                out.add("    " + context(clean, a.getBegin(), a.getEnd()));
            }
        }
        return out;
    }

    private static String context(String text, int begin, int end) {
        int from = Math.max(0, begin - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        return (from > 0 ? "…" : "") + oneLine(text.substring(from, begin)) + "[" + oneLine(text.substring(begin, end))
                + "]" + oneLine(text.substring(end, to)) + (to < text.length() ? "…" : "");
    }

    private static String oneLine(String s) {
        return s.replace('\n', '⏎');
    }
}
