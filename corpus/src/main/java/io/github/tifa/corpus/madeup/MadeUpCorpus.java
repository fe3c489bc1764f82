package io.github.tifa.corpus.madeup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.github.tifa.corpus.CorpusOutput;
import io.github.tifa.corpus.CorpusTables;
import io.github.tifa.corpus.Table;

/**
 * A corpus with known answers: made-up pages of two made-up papers over a span of months, written
 * from templates in the page layout tifa reads, and the facts the corpus view must recover from
 * them: who held which office when, how often each slogan was printed each month, how many
 * meetings of each type were held and cited each month. The same seed gives the same pages.
 *
 * <p>Pages are {@code pages/<paper>/<yyyy-MM-dd>/<nn>.txt}; the truth is {@code truth/holders},
 * {@code truth/slogan-months} and {@code truth/meeting-months} (CSV and JSON), in the corpus tables'
 * columns, cell formats and row order (holders: the first six columns of the corpus' holders table).
 */
public final class MadeUpCorpus {
    /** The first month of every generated corpus. */
    public static final YearMonth START = YearMonth.of(2023, 1);
    /** The holders columns the generator knows (the corpus table also counts mentions and points to pages). */
    public static final List<String> HOLDERS = CorpusTables.HOLDERS.subList(0, 6);

    /** The facts the corpus tables must show. */
    public record Truth(Table holders, Table sloganMonths, Table meetingMonths) {
        public List<Table> tables() {
            return List.of(holders, sloganMonths, meetingMonths);
        }
    }

    private MadeUpCorpus() {
    }

    /** Writes {@code pages} pages spread evenly over {@code months} months into {@code dir}; returns the truth. */
    public static Truth write(Path dir, int pages, int months, long seed) throws IOException {
        if (pages < 1 || months < 1) {
            throw new IllegalArgumentException("pages and months must be at least 1");
        }
        Random random = new Random(seed);
        Tally tally = new Tally();
        Map<String, Integer> perDay = new HashMap<>();
        for (int i = 0; i < pages; i++) {
            int m = (int) ((long) i * months / pages);
            YearMonth month = START.plusMonths(m);
            LocalDate date = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            Cast.Place place = Cast.PLACES.get(random.nextInt(Cast.PLACES.size()));
            String day = place.paper() + "/" + date;
            int n = perDay.merge(day, 1, Integer::sum);
            PageWriter page = new PageWriter(place, date, m, months, random);
            String text = page.write();
            Path file = dir.resolve("pages").resolve(place.paper()).resolve(date.toString())
                    .resolve(String.format("%02d.txt", n));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            tally.add(date, page.facts());
        }
        Truth truth = tally.truth();
        CorpusOutput.write(Files.createDirectories(dir.resolve("truth")), truth.tables());
        return truth;
    }

    /** {@code --pages N --months M --seed S --out DIR}: writes a corpus for the bench or by hand. */
    public static void main(String[] args) throws IOException {
        int pages = 2000;
        int months = 24;
        long seed = 1;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[i + 1]);
                case "--months" -> months = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null || args.length % 2 != 0) {
            System.err.println("usage: MadeUpCorpus --out DIR [--pages 2000] [--months 24] [--seed 1]");
            System.exit(2);
        }
        Truth truth = write(out, pages, months, seed);
        System.out.printf("%d pages over %d months in %s; truth: %d holders, %d slogan-months, %d meeting-months%n",
                pages, months, out.resolve("pages"), truth.holders().rows().size(), truth.sloganMonths().rows().size(),
                truth.meetingMonths().rows().size());
    }

    /** What the pages say, gathered into the corpus tables' rows. */
    private static final class Tally {
        /** office key, person: first and last date. */
        private final Map<String, Map<String, LocalDate[]>> holders = new TreeMap<>(Table.CODE_POINTS);
        private final Map<String, Integer> slogans = new TreeMap<>(Table.CODE_POINTS);
        private final Map<String, int[]> meetings = new TreeMap<>(Table.CODE_POINTS);

        void add(LocalDate date, PageWriter.Facts facts) {
            String month = date.toString().substring(0, 7);
            for (String[] post : facts.posts()) {
                LocalDate[] span = holders.computeIfAbsent(key(post[0], post[1]), k -> new TreeMap<>(Table.CODE_POINTS))
                        .computeIfAbsent(post[2], k -> new LocalDate[] {date, date});
                span[0] = date.isBefore(span[0]) ? date : span[0];
                span[1] = date.isAfter(span[1]) ? date : span[1];
            }
            for (String slogan : facts.slogans()) {
                slogans.merge(key(slogan, month), 1, Integer::sum);
            }
            for (PageWriter.Held meeting : facts.meetings()) {
                meetings.computeIfAbsent(key(month, meeting.type()), k -> new int[2])[meeting.held() ? 0 : 1]++;
            }
        }

        Truth truth() {
            List<List<String>> holderRows = new ArrayList<>();
            holders.forEach((office, people) -> {
                // the corpus orders an office's holders by first date, then name
                List<Map.Entry<String, LocalDate[]>> byFirst = new ArrayList<>(people.entrySet());
                byFirst.sort(Map.Entry.<String, LocalDate[]>comparingByValue((a, b) -> a[0].compareTo(b[0]))
                        .thenComparing(Map.Entry.comparingByKey(Table.CODE_POINTS)));
                String[] o = office.split("\u0000");
                for (int i = 0; i < byFirst.size(); i++) {
                    LocalDate[] span = byFirst.get(i).getValue();
                    holderRows.add(List.of(o[0], o[1], String.valueOf(i + 1), byFirst.get(i).getKey(),
                            span[0].toString(), span[1].toString()));
                }
            });
            List<List<String>> sloganRows = new ArrayList<>();
            slogans.forEach((k, n) -> sloganRows.add(List.of(k.split("\u0000")[0], k.split("\u0000")[1],
                    String.valueOf(n))));
            List<List<String>> meetingRows = new ArrayList<>();
            meetings.forEach((k, n) -> meetingRows.add(List.of(k.split("\u0000")[0], k.split("\u0000")[1],
                    String.valueOf(n[0]), String.valueOf(n[1]))));
            return new Truth(new Table("holders", HOLDERS, holderRows),
                    new Table("slogan-months", CorpusTables.SLOGAN_MONTHS, sloganRows),
                    new Table("meeting-months", CorpusTables.MEETING_MONTHS, meetingRows));
        }

        /** The corpus tables sort by keys joined with NUL; so does the truth. */
        private static String key(String a, String b) {
            return a + '\u0000' + b;
        }
    }
}
