package io.github.tifa.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The corpus tables, built in one JVM from the pages' mentions (the Spark job builds the same tables
 * from the same mentions with DataFrames). Every row of a fact table points back to a page and clean
 * offsets: a post or slogan row to its first mention, a meeting row to itself. Pages without a date
 * count in the totals (mentions, pages) and are listed; they cannot be placed in a month or a holder
 * sequence.
 */
public final class CorpusTables {
    public static final List<String> PAGES = List.of("page", "paper", "date", "dateFrom", "posts", "slogans", "meetings",
            "source");
    public static final List<String> UNDATED = List.of("page", "source");
    public static final List<String> POSTS = List.of("person", "organization", "post", "first", "last", "mentions", "pages",
            "papers", "page", "begin", "end");
    public static final List<String> HOLDERS = List.of("organization", "post", "order", "person", "first", "last",
            "mentions", "followed", "page", "begin", "end");
    public static final List<String> SLOGANS = List.of("canonical", "numeric", "expansion", "first", "last", "mentions",
            "pages", "papers", "page", "begin", "end");
    public static final List<String> SLOGAN_MONTHS = List.of("canonical", "month", "mentions");
    public static final List<String> MEETINGS = List.of("date", "paper", "page", "begin", "end", "name", "type", "held",
            "term", "session");
    public static final List<String> MEETING_MONTHS = List.of("month", "type", "held", "cited");
    public static final List<String> PROBLEMS = List.of("file", "line", "message");

    private CorpusTables() {
    }

    /**
     * A mention with the page it is on, the page's date as the tables write it (empty: none) and the
     * page's place in time: dated pages first, by date, then by id.
     */
    private record On<M extends Mention>(M mention, CorpusPage page, String date, int pageRank) {
        /** The order "first mention" means: by the page's place in time, then offset. */
        static final Comparator<On<?>> FIRST = Comparator.<On<?>>comparingInt(On::pageRank)
                .thenComparingInt(o -> o.mention().begin());
    }

    /** Every table, in the order they are written. */
    public static List<Table> build(List<CorpusPage> pages, List<Problem> problems) {
        List<CorpusPage> byId = new ArrayList<>(pages);
        byId.sort(Comparator.comparing(CorpusPage::id, Table.CODE_POINTS));
        // the pages in time, once: every mention list below is sorted by an int, not by dates and ids
        List<CorpusPage> inTime = new ArrayList<>(byId);
        inTime.sort(Comparator.comparing((CorpusPage p) -> !p.dated())
                .thenComparing(p -> p.dated() ? p.date().toString() : ""));
        List<On<Mention.Post>> posts = new ArrayList<>();
        List<On<Mention.Slogan>> slogans = new ArrayList<>();
        List<On<Mention.Meeting>> meetings = new ArrayList<>();
        for (int rank = 0; rank < inTime.size(); rank++) {
            CorpusPage p = inTime.get(rank);
            String date = p.dated() ? p.date().toString() : "";
            for (Mention.Post m : p.facts().posts()) {
                posts.add(new On<>(m, p, date, rank));
            }
            for (Mention.Slogan m : p.facts().slogans()) {
                slogans.add(new On<>(m, p, date, rank));
            }
            for (Mention.Meeting m : p.facts().meetings()) {
                meetings.add(new On<>(m, p, date, rank));
            }
        }
        // in FIRST order from here on: groups keep it, so no group is sorted again
        posts.sort(On.FIRST);
        slogans.sort(On.FIRST);
        meetings.sort(On.FIRST.thenComparingInt(o -> o.mention().end()));
        // each table reads the mentions only: they are built on every processor, in their order
        List<Supplier<Table>> tables = List.of(() -> pages(byId), () -> undated(byId), () -> posts(posts),
                () -> holders(posts), () -> slogans(slogans), () -> sloganMonths(slogans), () -> meetings(meetings),
                () -> meetingMonths(meetings), () -> problems(problems));
        return tables.parallelStream().map(Supplier::get).toList();
    }

    static Table pages(List<CorpusPage> pages) {
        List<List<String>> rows = new ArrayList<>();
        for (CorpusPage p : pages) {
            rows.add(List.of(p.id(), p.paper(), p.dated() ? p.date().toString() : "", p.dateFrom(),
                    n(p.facts().posts().size()), n(p.facts().slogans().size()), n(p.facts().meetings().size()),
                    p.source() == null ? "" : p.source()));
        }
        return new Table("pages", PAGES, rows);
    }

    static Table undated(List<CorpusPage> pages) {
        List<List<String>> rows = new ArrayList<>();
        for (CorpusPage p : pages) {
            if (!p.dated()) {
                rows.add(List.of(p.id(), p.source() == null ? "" : p.source()));
            }
        }
        return new Table("undated", UNDATED, rows);
    }

    static Table posts(List<On<Mention.Post>> posts) {
        List<List<String>> rows = new ArrayList<>();
        for (List<On<Mention.Post>> group : groups(posts, o -> key(o.mention().organization(), o.mention().post(),
                o.mention().person())).values()) {
            Mention.Post m = group.get(0).mention();
            rows.add(concat(List.of(m.person(), m.organization(), m.post()), span(group)));
        }
        return new Table("posts", POSTS, rows);
    }

    static Table holders(List<On<Mention.Post>> posts) {
        List<List<String>> rows = new ArrayList<>();
        List<On<Mention.Post>> dated = posts.stream()
                .filter(o -> o.page().dated() && !o.mention().organization().isEmpty()).toList();
        for (List<On<Mention.Post>> office : groups(dated, o -> key(o.mention().organization(), o.mention().post()))
                .values()) {
            List<List<On<Mention.Post>>> holders = new ArrayList<>();
            holders.addAll(groups(office, o -> o.mention().person()).values());
            // who followed whom: holders in the order they were first seen in the post
            holders.sort(Comparator.<List<On<Mention.Post>>, String>comparing(h -> h.get(0).date())
                    .thenComparing(h -> h.get(0).mention().person(), Table.CODE_POINTS));
            String before = "";
            for (int i = 0; i < holders.size(); i++) {
                List<On<Mention.Post>> h = holders.get(i);
                Mention.Post m = h.get(0).mention();
                List<String> span = span(h);
                rows.add(List.of(m.organization(), m.post(), n(i + 1), m.person(), span.get(0), span.get(1),
                        span.get(2), before, span.get(5), span.get(6), span.get(7)));
                before = m.person();
            }
        }
        return new Table("holders", HOLDERS, rows);
    }

    static Table slogans(List<On<Mention.Slogan>> slogans) {
        List<List<String>> rows = new ArrayList<>();
        for (List<On<Mention.Slogan>> group : groups(slogans, o -> o.mention().canonical()).values()) {
            boolean numeric = group.stream().anyMatch(o -> o.mention().numeric());
            String expansion = group.stream().map(o -> o.mention().expansion()).filter(e -> !e.isEmpty())
                    .min(Table.CODE_POINTS).orElse("");
            rows.add(concat(List.of(group.get(0).mention().canonical(), String.valueOf(numeric), expansion),
                    span(group)));
        }
        return new Table("slogans", SLOGANS, rows);
    }

    static Table sloganMonths(List<On<Mention.Slogan>> slogans) {
        Map<String, Integer> counts = new TreeMap<>(Table.CODE_POINTS);
        for (On<Mention.Slogan> o : slogans) {
            if (o.page().dated()) {
                counts.merge(key(o.mention().canonical(), month(o.page().date())), 1, Integer::sum);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((k, v) -> rows.add(concat(List.of(k.split("\u0000", -1)), List.of(n(v)))));
        return new Table("slogan-months", SLOGAN_MONTHS, rows);
    }

    /** {@code meetings} in FIRST order, then by end. */
    static Table meetings(List<On<Mention.Meeting>> meetings) {
        List<List<String>> rows = new ArrayList<>();
        for (On<Mention.Meeting> o : meetings) {
            Mention.Meeting m = o.mention();
            rows.add(List.of(o.date(), o.page().paper(), o.page().id(), n(m.begin()), n(m.end()), m.name(), m.type(),
                    String.valueOf(m.held()), m.term(), m.session()));
        }
        return new Table("meetings", MEETINGS, rows);
    }

    static Table meetingMonths(List<On<Mention.Meeting>> meetings) {
        Map<String, int[]> counts = new TreeMap<>(Table.CODE_POINTS);
        for (On<Mention.Meeting> o : meetings) {
            if (o.page().dated()) {
                counts.computeIfAbsent(key(month(o.page().date()), o.mention().type()), k -> new int[2])[o.mention()
                        .held() ? 0 : 1]++;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((k, v) -> rows.add(concat(List.of(k.split("\u0000", -1)), List.of(n(v[0]), n(v[1])))));
        return new Table("meeting-months", MEETING_MONTHS, rows);
    }

    /** Problems in {@link Problem#ORDER}. */
    static Table problems(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.ORDER);
        List<List<String>> rows = new ArrayList<>();
        for (Problem p : sorted) {
            rows.add(List.of(p.file(), p.line() > 0 ? String.valueOf(p.line()) : "", p.message()));
        }
        return new Table("problems", PROBLEMS, rows);
    }

    /**
     * first, last (dated mentions; empty when none is dated), mentions, pages, papers (; between),
     * and the first mention's page, begin, end; {@code sorted}: a group in FIRST order.
     */
    private static <M extends Mention> List<String> span(List<On<M>> sorted) {
        String first = "";
        String last = "";
        for (On<M> o : sorted) {
            if (o.page().dated()) {
                first = first.isEmpty() ? o.date() : first;
                last = o.date();
            }
        }
        TreeSet<String> pages = new TreeSet<>();
        TreeSet<String> papers = new TreeSet<>(Table.CODE_POINTS);
        for (On<M> o : sorted) {
            pages.add(o.page().id());
            if (!o.page().paper().isEmpty()) {
                papers.add(o.page().paper());
            }
        }
        M m = sorted.get(0).mention();
        return List.of(first, last, n(sorted.size()), n(pages.size()), String.join(";", papers), m.page(), n(m.begin()),
                n(m.end()));
    }

    /** Mentions grouped by {@code key}, groups in key order, mentions in their order. */
    private static <T> Map<String, List<T>> groups(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new TreeMap<>(Table.CODE_POINTS);
        for (T t : items) {
            groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        }
        return new LinkedHashMap<>(groups);
    }

    private static String key(String... parts) {
        return String.join("\u0000", parts);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String month(LocalDate d) {
        return d.toString().substring(0, 7);
    }

    private static String n(int i) {
        return String.valueOf(i);
    }
}
