package io.github.tifa.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.github.tifa.eval.Evaluation.ErrorItem;
import io.github.tifa.eval.Evaluation.TypeScore;

/**
 * The HTML report: the score table, then each page's raw text with gold spans underlined and system
 * spans shaded; characters of a missed gold span (FN) are red, of a spurious system span (FP)
 * orange. Hovering a character names the gold and system types over it.
 */
final class Html {
    private Html() {
    }

    static String render(Reports.Header h, Evaluation e, Map<String, String> rawTexts,
            Map<String, List<BratAnn.Span>[]> spans) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
                + "<title>tifa evaluation</title><style>\n"
                + "body{font-family:sans-serif;max-width:70em;margin:2em auto;line-height:1.6}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}"
                + "td:first-child,th:first-child{text-align:left}"
                + ".page{white-space:pre-wrap;font-size:1.1em;border:1px solid #ddd;padding:1em}"
                + ".g{text-decoration:underline;text-decoration-color:#2a7;text-decoration-thickness:2px}"
                + ".s{background:#e5e7eb}.t-Person,.t-Contributor{background:#dbeafe}.t-OfficialTitle{background:#fef3c7}"
                + ".t-Meeting{background:#dcfce7}.t-Slogan{background:#fae8ff}.t-Byline{background:#e0e7ff}"
                + ".t-Headline{background:#f1f5f9;font-weight:bold}"
                + ".fn{background:#fca5a5!important}.fp{background:#fdba74!important}.fn.fp{background:#f0abfc!important}"
                + ".legend span{padding:0 .4em;margin-right:1em}.err td{text-align:left}"
                + "\n</style></head><body>\n<h1>tifa evaluation</h1>\n");
        sb.append("<p>commit <code>").append(esc(h.commit())).append("</code> · gold <code>").append(esc(h.goldDir()))
                .append("</code> sha256 <code>").append(esc(h.goldHash().substring(0, Math.min(12, h.goldHash().length()))))
                .append("</code> · ").append(h.documents()).append(" documents · ").append(esc(Reports.POLICY))
                .append("</p>\n<table><tr><th>type</th><th>P</th><th>R</th><th>F1</th><th>TP</th><th>FP</th><th>FN</th>"
                        + "<th>lenient F1</th></tr>\n");
        for (TypeScore t : e.types()) {
            row(sb, t.type(), t.strict(), t.lenient());
        }
        row(sb, "micro", e.microStrict(), e.microLenient());
        row(sb, "TitleOf", e.titleOf(), e.titleOf());
        sb.append("</table>\n<p class=\"legend\"><span class=\"g\">gold (underlined)</span>system: "
                + "<span class=\"t-Person\">Person</span><span class=\"t-OfficialTitle\">OfficialTitle</span>"
                + "<span class=\"t-Meeting\">Meeting</span><span class=\"t-Slogan\">Slogan</span>"
                + "<span class=\"t-Byline\">Byline</span><span class=\"t-Headline\">Headline</span>"
                + "<span class=\"fn\">missed (FN)</span><span class=\"fp\">spurious (FP)</span>"
                + "<span class=\"fn fp\">both</span></p>\n");
        for (Map.Entry<String, String> doc : rawTexts.entrySet()) {
            String id = doc.getKey();
            sb.append("<h2>").append(esc(id)).append("</h2>\n<div class=\"page\">");
            page(sb, doc.getValue(), spans.get(id), e.errors().stream().filter(x -> x.document().equals(id)).toList());
            sb.append("</div>\n<table class=\"err\"><tr><th>kind</th><th>type</th><th>offsets</th><th>context</th>"
                    + "<th>rule</th><th>note</th></tr>\n");
            for (ErrorItem x : e.errors()) {
                if (x.document().equals(id)) {
                    sb.append("<tr><td class=\"").append(x.kind().toLowerCase()).append("\">").append(x.kind())
                            .append("</td><td>").append(esc(x.type())).append("</td><td>").append(x.begin()).append('-')
                            .append(x.end()).append("</td><td>").append(esc(x.left())).append("<b>")
                            .append(esc(x.text())).append("</b>").append(esc(x.right())).append("</td><td>")
                            .append(esc(x.rule())).append("</td><td>").append(esc(x.note())).append("</td></tr>\n");
                }
            }
            sb.append("</table>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder sb, String name, Evaluation.Counts s, Evaluation.Counts l) {
        sb.append("<tr><td>").append(esc(name)).append("</td><td>").append(Reports.f(s.precision())).append("</td><td>")
                .append(Reports.f(s.recall())).append("</td><td>").append(Reports.f(s.f1())).append("</td><td>")
                .append(s.tp()).append("</td><td>").append(s.fp()).append("</td><td>").append(s.fn()).append("</td><td>")
                .append(Reports.f(l.f1())).append("</td></tr>\n");
    }

    private static void page(StringBuilder sb, String raw, List<BratAnn.Span>[] spans, List<ErrorItem> errors) {
        int[] cps = raw.codePoints().toArray();
        String previous = null;
        String previousTitle = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            TreeSet<String> gold = new TreeSet<>();
            TreeSet<String> system = new TreeSet<>();
            BratAnn.Span innermost = null;
            for (BratAnn.Span s : spans[0]) {
                if (s.begin() <= i && i < s.end() && !s.type().equals("Article")) {
                    gold.add(s.type());
                }
            }
            for (BratAnn.Span s : spans[1]) {
                if (s.begin() <= i && i < s.end() && !s.type().equals("Article")) {
                    system.add(s.type());
                    if (innermost == null || s.end() - s.begin() < innermost.end() - innermost.begin()) {
                        innermost = s;
                    }
                }
            }
            boolean fn = false;
            boolean fp = false;
            for (ErrorItem x : errors) {
                if (x.begin() <= i && i < x.end() && !x.type().equals(Scorer.TITLE_OF)) {
                    fn |= x.kind().equals("FN");
                    fp |= x.kind().equals("FP");
                }
            }
            String cls = (gold.isEmpty() ? "" : " g") + (innermost == null ? "" : " s t-" + innermost.type())
                    + (fn ? " fn" : "") + (fp ? " fp" : "");
            String title = gold.isEmpty() && system.isEmpty() ? "" : "gold: " + String.join(",", gold) + " | system: "
                    + String.join(",", system);
            if (!cls.equals(previous) || !title.equals(previousTitle)) {
                flush(sb, run, previous, previousTitle);
                previous = cls;
                previousTitle = title;
            }
            run.appendCodePoint(cps[i]);
        }
        flush(sb, run, previous, previousTitle);
    }

    private static void flush(StringBuilder sb, StringBuilder run, String cls, String title) {
        if (run.length() == 0) {
            return;
        }
        if (cls == null || cls.isEmpty()) {
            sb.append(esc(run.toString()));
        } else {
            sb.append("<span class=\"").append(cls.strip()).append("\" title=\"").append(esc(title)).append("\">")
                    .append(esc(run.toString())).append("</span>");
        }
        run.setLength(0);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
