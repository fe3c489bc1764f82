package io.github.tifa.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.github.tifa.eval.Evaluation.Counts;
import io.github.tifa.eval.Evaluation.ErrorItem;
import io.github.tifa.eval.Evaluation.FeatureScore;
import io.github.tifa.eval.Evaluation.TypeScore;
import io.github.tifa.io.OutputFiles;

/**
 * Writes an evaluation as {@code report.md}, {@code report.json}, {@code errors.tsv} and
 * {@code report.html}, and renders the table printed on the console.
 */
public final class Reports {
    public static final String POLICY = "strict = same type, same begin and end (raw code points); "
            + "lenient = same type, overlapping, one to one (exact first, then largest overlap); "
            + "features compared on strict matches; TitleOf as (title span, person span) pairs";

    /** Where the numbers come from. */
    public record Header(String commit, String goldHash, String goldDir, int documents, int goldSpans,
            int systemSpans) {
    }

    private Reports() {
    }

    public static void write(Path dir, Header header, Evaluation evaluation, Map<String, String> rawTexts,
            Map<String, List<BratAnn.Span>[]> spans) throws IOException {
        writeText(dir.resolve("report.md"), markdown(header, evaluation));
        writeText(dir.resolve("errors.tsv"), tsv(evaluation));
        writeText(dir.resolve("report.html"), Html.render(header, evaluation, rawTexts, spans));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        byte[] bytes = json.writeValueAsBytes(asMap(header, evaluation));
        OutputFiles.write(dir.resolve("report.json"), out -> out.write(bytes));
    }

    private static void writeText(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        OutputFiles.write(file, out -> out.write(bytes));
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** The per-type table, as printed in the Maven log and by {@code tifa eval}. */
    public static String table(Evaluation e) {
        StringBuilder sb = new StringBuilder();
        String row = "%-14s %6s %6s %6s %5s %5s %5s | %6s %6s %6s%n";
        sb.append(String.format(row, "type", "P", "R", "F1", "TP", "FP", "FN", "lenP", "lenR", "lenF1"));
        sb.append("-".repeat(86)).append('\n');
        for (TypeScore t : e.types()) {
            sb.append(line(row, t.type(), t.strict(), t.lenient()));
        }
        sb.append("-".repeat(86)).append('\n');
        sb.append(line(row, "micro", e.microStrict(), e.microLenient()));
        sb.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %5s %5s %5s | %6s %6s %6s%n", "macro", "", "",
                f(e.macroStrictF1()), "", "", "", "", "", f(e.macroLenientF1())));
        sb.append(line(row, "TitleOf", e.titleOf(), null));
        if (!e.features().isEmpty()) {
            sb.append('\n').append(String.format("%-28s %8s %7s%n", "feature (on strict matches)", "accuracy", "n"));
            for (FeatureScore fs : e.features()) {
                sb.append(String.format(Locale.ROOT, "%-28s %8s %7d%n", fs.type() + "." + fs.feature(),
                        f(fs.accuracy()), fs.total()));
            }
        }
        return sb.toString();
    }

    private static String line(String row, String name, Counts s, Counts l) {
        return String.format(Locale.ROOT, row, name, f(s.precision()), f(s.recall()), f(s.f1()), s.tp(), s.fp(), s.fn(),
                l == null ? "" : f(l.precision()), l == null ? "" : f(l.recall()), l == null ? "" : f(l.f1()));
    }

    static String markdown(Header h, Evaluation e) {
        StringBuilder sb = new StringBuilder("# tifa evaluation\n\n");
        sb.append("- commit: `").append(h.commit()).append("`\n");
        sb.append("- gold: `").append(h.goldDir()).append("`, sha256 `").append(h.goldHash()).append("`\n");
        sb.append("- documents: ").append(h.documents()).append(" (").append(String.join(", ", e.documents()))
                .append("); gold spans ").append(h.goldSpans()).append(", system spans ").append(h.systemSpans())
                .append('\n');
        sb.append("- matching: ").append(POLICY).append("\n\n");
        sb.append("## Spans\n\n| type | P | R | F1 | TP | FP | FN | lenient P | lenient R | lenient F1 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (TypeScore t : e.types()) {
            sb.append(mdRow(t.type(), t.strict(), t.lenient()));
        }
        sb.append(mdRow("**micro**", e.microStrict(), e.microLenient()));
        sb.append("| **macro** | | | ").append(f(e.macroStrictF1())).append(" | | | | | | ")
                .append(f(e.macroLenientF1())).append(" |\n\n");
        Counts r = e.titleOf();
        sb.append("## Relations\n\n| relation | P | R | F1 | TP | FP | FN |\n|---|---:|---:|---:|---:|---:|---:|\n");
        sb.append("| TitleOf | ").append(f(r.precision())).append(" | ").append(f(r.recall())).append(" | ")
                .append(f(r.f1())).append(" | ").append(r.tp()).append(" | ").append(r.fp()).append(" | ")
                .append(r.fn()).append(" |\n\n");
        sb.append("## Features on strict matches\n\n| feature | accuracy | correct | n |\n|---|---:|---:|---:|\n");
        for (FeatureScore fs : e.features()) {
            sb.append("| ").append(fs.type()).append('.').append(fs.feature()).append(" | ").append(f(fs.accuracy()))
                    .append(" | ").append(fs.correct()).append(" | ").append(fs.total()).append(" |\n");
        }
        sb.append("\n## Type confusion (same offsets, other type)\n\n");
        if (e.confusion().isEmpty()) {
            sb.append("none\n");
        } else {
            sb.append("| gold -> system | count |\n|---|---:|\n");
            e.confusion().forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        }
        sb.append("\n## Errors (").append(e.errors().size()).append(")\n\n");
        sb.append("| doc | kind | type | offsets | left | text | right | rule | note |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (ErrorItem x : e.errors()) {
            sb.append("| ").append(x.document()).append(" | ").append(x.kind()).append(" | ").append(x.type())
                    .append(" | ").append(x.begin()).append('-').append(x.end()).append(" | ").append(md(x.left()))
                    .append(" | **").append(md(x.text())).append("** | ").append(md(x.right())).append(" | ")
                    .append(md(x.rule())).append(" | ").append(md(x.note())).append(" |\n");
        }
        return sb.toString();
    }

    private static String mdRow(String name, Counts s, Counts l) {
        return "| " + name + " | " + f(s.precision()) + " | " + f(s.recall()) + " | " + f(s.f1()) + " | " + s.tp()
                + " | " + s.fp() + " | " + s.fn() + " | " + f(l.precision()) + " | " + f(l.recall()) + " | "
                + f(l.f1()) + " |\n";
    }

    private static String md(String s) {
        return s.replace("|", "\\|");
    }

    static String tsv(Evaluation e) {
        StringBuilder sb = new StringBuilder("document\tkind\ttype\tbegin\tend\ttext\tleft\tright\trule\tnote\n");
        for (ErrorItem x : e.errors()) {
            sb.append(String.join("\t", x.document(), x.kind(), x.type(), String.valueOf(x.begin()),
                    String.valueOf(x.end()), x.text(), x.left(), x.right(), x.rule(), x.note())).append('\n');
        }
        return sb.toString();
    }

    static Map<String, Object> asMap(Header h, Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commit", h.commit());
        m.put("goldDir", h.goldDir());
        m.put("goldSha256", h.goldHash());
        m.put("documents", e.documents());
        m.put("matching", POLICY);
        List<Map<String, Object>> types = new ArrayList<>();
        for (TypeScore t : e.types()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("type", t.type());
            tm.put("strict", counts(t.strict()));
            tm.put("lenient", counts(t.lenient()));
            types.add(tm);
        }
        m.put("types", types);
        m.put("microStrict", counts(e.microStrict()));
        m.put("microLenient", counts(e.microLenient()));
        m.put("macroStrictF1", e.macroStrictF1());
        m.put("macroLenientF1", e.macroLenientF1());
        m.put("titleOf", counts(e.titleOf()));
        List<Map<String, Object>> features = new ArrayList<>();
        for (FeatureScore fs : e.features()) {
            // a LinkedHashMap, not Map.of: Map.of iterates in an order salted anew in every JVM, so
            // the same evaluation printed its keys in another order on each run
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("type", fs.type());
            fm.put("feature", fs.feature());
            fm.put("correct", fs.correct());
            fm.put("total", fs.total());
            fm.put("accuracy", fs.accuracy());
            features.add(fm);
        }
        m.put("features", features);
        m.put("confusion", e.confusion());
        m.put("errors", e.errors());
        return m;
    }

    private static Map<String, Object> counts(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", c.tp());
        m.put("fp", c.fp());
        m.put("fn", c.fn());
        m.put("precision", c.precision());
        m.put("recall", c.recall());
        m.put("f1", c.f1());
        return m;
    }
}
