package io.github.tifa.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.github.tifa.eval.BratAnn.Relation;
import io.github.tifa.eval.BratAnn.Span;
import io.github.tifa.eval.Evaluation.Counts;
import io.github.tifa.eval.Evaluation.ErrorItem;
import io.github.tifa.eval.Evaluation.FeatureScore;
import io.github.tifa.eval.Evaluation.TypeScore;

/**
 * Scores system spans against gold spans, per type: strict (same type, same begin and end) and
 * lenient (same type, overlapping, one to one: exact matches first, then the largest overlaps).
 * Features are compared on strict matches; relations as (governor span, dependent span) pairs.
 */
public final class Scorer {
    /** Characters of context on each side of an error. */
    public static final int CONTEXT = 15;
    public static final String TITLE_OF = "TitleOf";

    /** One document: its raw text, gold and system annotations. */
    public record Document(String id, String raw, BratAnn gold, BratAnn system) {
    }

    private Scorer() {
    }

    public static Evaluation score(List<Document> documents) {
        Set<String> types = new TreeSet<>(Comparator.comparingInt(Scorer::schemeOrder).thenComparing(t -> t));
        for (Document d : documents) {
            d.gold().spans().forEach(s -> types.add(s.type()));
            d.system().spans().forEach(s -> types.add(s.type()));
        }
        Tally tally = new Tally(types);
        for (Document d : documents) {
            tally.add(d);
        }
        return tally.evaluation(documents);
    }

    /** The counts of every type over the documents scored so far, with the errors they showed. */
    private static final class Tally {
        private final Set<String> types;
        private final Map<String, Counts> strict = new LinkedHashMap<>();
        private final Map<String, Counts> lenient = new LinkedHashMap<>();
        private final Map<String, int[]> features = new TreeMap<>();
        private final Map<String, Integer> confusion = new TreeMap<>();
        private final List<ErrorItem> errors = new ArrayList<>();
        private Counts titleOf = new Counts(0, 0, 0);

        Tally(Set<String> types) {
            this.types = types;
            for (String type : types) {
                strict.put(type, new Counts(0, 0, 0));
                lenient.put(type, new Counts(0, 0, 0));
            }
        }

        void add(Document d) {
            List<Span> unmatchedGold = new ArrayList<>();
            List<Span> unmatchedSystem = new ArrayList<>();
            for (String type : types) {
                match(d, type, ofType(d.gold(), type), ofType(d.system(), type), unmatchedGold, unmatchedSystem);
            }
            for (Span gs : unmatchedGold) {
                errors.add(error(d, "FN", gs, missedBecause(d, gs, unmatchedSystem)));
            }
            for (Span ss : unmatchedSystem) {
                errors.add(error(d, "FP", ss, spuriousBecause(d, ss, unmatchedGold)));
            }
            titleOf = titleOf.plus(relations(d, errors));
        }

        /** Strict pairs (same offsets), then lenient ones (overlapping); what stays unmatched is kept. */
        private void match(Document d, String type, List<Span> gold, List<Span> system, List<Span> unmatchedGold,
                List<Span> unmatchedSystem) {
            List<Span[]> exact = new ArrayList<>();
            List<Span> g = new ArrayList<>(gold);
            List<Span> s = new ArrayList<>(system);
            for (Span gs : gold) {
                for (Span ss : s) {
                    if (ss.begin() == gs.begin() && ss.end() == gs.end()) {
                        exact.add(new Span[] {gs, ss});
                        s.remove(ss);
                        g.remove(gs);
                        break;
                    }
                }
            }
            strict.merge(type, new Counts(exact.size(), s.size(), g.size()), Counts::plus);
            int overlaps = overlapMatches(g, s);
            lenient.merge(type, new Counts(exact.size() + overlaps, s.size() - overlaps, g.size() - overlaps),
                    Counts::plus);
            for (Span[] pair : exact) {
                for (String name : compareFeatures(type, pair[0], pair[1], features)) {
                    errors.add(error(d, "FEATURE", pair[1], name + ": gold 「" + pair[0].attribute(name) + "」, system 「"
                            + pair[1].attribute(name) + "」"));
                }
            }
            unmatchedGold.addAll(g);
            unmatchedSystem.addAll(s);
        }

        /** Why a gold span was missed: the system typed it otherwise, or drew other boundaries. */
        private String missedBecause(Document d, Span gs, List<Span> unmatchedSystem) {
            String note = "";
            for (Span ss : unmatchedSystem) {
                if (ss.begin() == gs.begin() && ss.end() == gs.end()) {
                    confusion.merge(gs.type() + " -> " + ss.type(), 1, Integer::sum);
                    note = "system typed it " + ss.type();
                } else if (note.isEmpty() && ss.type().equals(gs.type()) && overlap(gs, ss) > 0) {
                    note = "boundary: system has " + quote(d.raw(), ss);
                }
            }
            return note;
        }

        /** Why a system span is spurious: gold types it otherwise, or draws other boundaries. */
        private static String spuriousBecause(Document d, Span ss, List<Span> unmatchedGold) {
            String note = "";
            for (Span gs : unmatchedGold) {
                if (ss.begin() == gs.begin() && ss.end() == gs.end()) {
                    note = "gold types it " + gs.type();
                } else if (note.isEmpty() && ss.type().equals(gs.type()) && overlap(gs, ss) > 0) {
                    note = "boundary: gold has " + quote(d.raw(), gs);
                }
            }
            return note;
        }

        Evaluation evaluation(List<Document> documents) {
            List<TypeScore> scores = new ArrayList<>();
            Counts microStrict = new Counts(0, 0, 0);
            Counts microLenient = new Counts(0, 0, 0);
            double macroStrict = 0;
            double macroLenient = 0;
            for (String type : types) {
                scores.add(new TypeScore(type, strict.get(type), lenient.get(type)));
                microStrict = microStrict.plus(strict.get(type));
                microLenient = microLenient.plus(lenient.get(type));
                macroStrict += strict.get(type).f1();
                macroLenient += lenient.get(type).f1();
            }
            int n = Math.max(1, types.size());
            List<FeatureScore> featureScores = new ArrayList<>();
            features.forEach((k, v) -> {
                String[] tf = k.split("\\.", 2);
                featureScores.add(new FeatureScore(tf[0], tf[1], v[0], v[1]));
            });
            errors.sort(Comparator.comparing(ErrorItem::document).thenComparingInt(ErrorItem::begin)
                    .thenComparing(ErrorItem::kind));
            return new Evaluation(documents.stream().map(Document::id).toList(), scores, microStrict, microLenient,
                    types.isEmpty() ? 0 : macroStrict / n, types.isEmpty() ? 0 : macroLenient / n, featureScores,
                    titleOf, confusion, errors);
        }
    }

    private static List<Span> ofType(BratAnn ann, String type) {
        return ann.spans().stream().filter(s -> s.type().equals(type))
                .sorted(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end)).toList();
    }

    /** Pairs leftover gold and system spans by overlap, largest first, one to one; returns the count. */
    private static int overlapMatches(List<Span> gold, List<Span> system) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < system.size(); j++) {
                int o = overlap(gold.get(i), system.get(j));
                if (o > 0) {
                    pairs.add(new int[] {o, i, j});
                }
            }
        }
        pairs.sort((a, b) -> b[0] != a[0] ? b[0] - a[0] : a[1] != b[1] ? a[1] - b[1] : a[2] - b[2]);
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedS = new HashSet<>();
        int matched = 0;
        for (int[] p : pairs) {
            if (usedG.add(p[1])) {
                if (usedS.add(p[2])) {
                    matched++;
                } else {
                    usedG.remove(p[1]);
                }
            }
        }
        return matched;
    }

    private static int overlap(Span a, Span b) {
        return Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
    }

    /** Features that gold may leave out (the seed and made-up gold do): scored only where gold gives them. */
    private static final Set<String> SCORED_WHERE_GOLD_HAS = Set.of("canonical");

    /** Counts each feature of a strict pair as right or wrong; returns the names of the wrong ones. */
    private static List<String> compareFeatures(String type, Span gold, Span system, Map<String, int[]> features) {
        Set<String> names = new TreeSet<>(gold.attributes().keySet());
        names.addAll(system.attributes().keySet());
        names.removeIf(name -> SCORED_WHERE_GOLD_HAS.contains(name) && !gold.attributes().containsKey(name));
        List<String> wrong = new ArrayList<>();
        for (String name : names) {
            int[] c = features.computeIfAbsent(type + "." + name, k -> new int[2]);
            c[1]++;
            if (gold.attribute(name).equals(system.attribute(name))) {
                c[0]++;
            } else {
                wrong.add(name);
            }
        }
        return wrong;
    }

    private static Counts relations(Document d, List<ErrorItem> errors) {
        Map<String, Relation> gold = relationKeys(d.gold());
        Map<String, Relation> system = relationKeys(d.system());
        int tp = 0;
        for (Map.Entry<String, Relation> e : gold.entrySet()) {
            if (system.containsKey(e.getKey())) {
                tp++;
            } else {
                Span title = d.gold().span(e.getValue().governor());
                Span person = d.gold().span(e.getValue().dependent());
                errors.add(relationError(d, "FN", title, person, ""));
            }
        }
        for (Map.Entry<String, Relation> e : system.entrySet()) {
            if (!gold.containsKey(e.getKey())) {
                Span title = d.system().span(e.getValue().governor());
                Span person = d.system().span(e.getValue().dependent());
                errors.add(relationError(d, "FP", title, person, title.rule()));
            }
        }
        return new Counts(tp, system.size() - tp, gold.size() - tp);
    }

    private static Map<String, Relation> relationKeys(BratAnn ann) {
        Map<String, Relation> keys = new LinkedHashMap<>();
        for (Relation r : ann.relations()) {
            if (r.type().equals(TITLE_OF)) {
                Span g = ann.span(r.governor());
                Span p = ann.span(r.dependent());
                keys.put(g.begin() + "-" + g.end() + ">" + p.begin() + "-" + p.end(), r);
            }
        }
        return keys;
    }

    private static ErrorItem relationError(Document d, String kind, Span title, Span person, String rule) {
        int begin = Math.min(title.begin(), person.begin());
        int end = Math.max(title.end(), person.end());
        return new ErrorItem(d.id(), kind, TITLE_OF, begin, end, cut(d.raw(), begin, end),
                cut(d.raw(), Math.max(0, begin - CONTEXT), begin), cut(d.raw(), end, Math.min(length(d.raw()), end + CONTEXT)),
                rule, quote(d.raw(), title) + " -> " + quote(d.raw(), person));
    }

    private static ErrorItem error(Document d, String kind, Span span, String note) {
        int n = length(d.raw());
        return new ErrorItem(d.id(), kind, span.type(), span.begin(), span.end(), cut(d.raw(), span.begin(), span.end()),
                cut(d.raw(), Math.max(0, span.begin() - CONTEXT), span.begin()),
                cut(d.raw(), span.end(), Math.min(n, span.end() + CONTEXT)), kind.equals("FN") ? "" : span.rule(), note);
    }

    private static String quote(String raw, Span s) {
        return "「" + cut(raw, s.begin(), s.end()) + "」 " + s.begin() + "-" + s.end();
    }

    static int length(String raw) {
        return raw.codePointCount(0, raw.length());
    }

    /** Raw text between two code point offsets; line breaks shown as ⏎ so an error stays on one line. */
    static String cut(String raw, int begin, int end) {
        int n = length(raw);
        begin = Math.max(0, Math.min(begin, n));
        end = Math.max(begin, Math.min(end, n));
        int b = raw.offsetByCodePoints(0, begin);
        int e = raw.offsetByCodePoints(b, end - begin);
        return raw.substring(b, e).replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎').replace('\t', ' ');
    }

    private static int schemeOrder(String type) {
        int i = List.of("Article", "Headline", "Byline", "Contributor", "Person", "OfficialTitle", "Meeting", "Slogan")
                .indexOf(type);
        return i < 0 ? 100 : i;
    }
}
