package io.github.tifa.corpus.madeup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.tifa.corpus.CorpusTables;
import io.github.tifa.corpus.Table;

/** The generator alone, on a small corpus: no annotation (CorpusGeneratedIT reads a large one back). */
class MadeUpCorpusTest {

    @TempDir
    Path tmp;

    @Test
    void theSameSeedWritesTheSamePagesAndTruth() throws IOException {
        MadeUpCorpus.Truth a = MadeUpCorpus.write(tmp.resolve("a"), 60, 6, 5);
        MadeUpCorpus.Truth b = MadeUpCorpus.write(tmp.resolve("b"), 60, 6, 5);
        MadeUpCorpus.Truth c = MadeUpCorpus.write(tmp.resolve("c"), 60, 6, 6);

        assertThat(b).isEqualTo(a);
        assertThat(files(tmp.resolve("b"))).isEqualTo(files(tmp.resolve("a")));
        assertThat(files(tmp.resolve("c"))).isNotEqualTo(files(tmp.resolve("a")));
    }

    @Test
    void writesTheAskedNumberOfPagesByPaperAndDateOverTheMonths() throws IOException {
        MadeUpCorpus.write(tmp, 60, 6, 5);

        List<String> pages = files(tmp.resolve("pages")).keySet().stream().toList();
        assertThat(pages).hasSize(60)
                .allMatch(p -> p.matches("(青山日报|青禾日报)/2023-0[1-6]-\\d\\d/\\d\\d\\.txt"), "paper/date/nn.txt");
        // spread evenly: ten pages a month
        Map<String, Long> perMonth = new TreeMap<>();
        pages.forEach(p -> perMonth.merge(p.substring(5, 12), 1L, Long::sum));
        assertThat(perMonth).hasSize(6).allSatisfy((month, n) -> assertThat(n).isEqualTo(10));
        assertThat(pages).anyMatch(p -> p.startsWith("青山日报")).anyMatch(p -> p.startsWith("青禾日报"));
    }

    @Test
    void pagesAreLaidOutAsTifaReadsThem() throws IOException {
        MadeUpCorpus.write(tmp, 20, 2, 5);

        for (String text : files(tmp.resolve("pages")).values()) {
            assertThat(text).startsWith("本报讯（记者 ").endsWith("\n\n");
            // body lines as wide as the column (closing marks may hang over it), headlines shorter
            assertThat(text.lines()).allMatch(l -> l.length() <= PageWriter.WIDTH + 2, "a line of the column");
        }
    }

    @Test
    void theTruthHasTheCorpusTablesColumnsAndOrder() throws IOException {
        MadeUpCorpus.Truth t = MadeUpCorpus.write(tmp, 120, 12, 5);

        assertThat(t.holders().columns()).containsExactly("organization", "post", "order", "person", "first", "last");
        assertThat(t.sloganMonths().columns()).isEqualTo(CorpusTables.SLOGAN_MONTHS);
        assertThat(t.meetingMonths().columns()).isEqualTo(CorpusTables.MEETING_MONTHS);
        // every office has a sequence: 1, 2, … in order of first dates, each holder's first before last
        String office = "";
        int order = 0;
        String lastFirst = "";
        for (List<String> r : t.holders().rows()) {
            String o = r.get(0) + "/" + r.get(1);
            order = o.equals(office) ? order + 1 : 1;
            assertThat(r.get(2)).isEqualTo(String.valueOf(order));
            assertThat(r.get(4)).isLessThanOrEqualTo(r.get(5));
            if (order > 1) {
                assertThat(r.get(4)).isGreaterThan(lastFirst);
            }
            office = o;
            lastFirst = r.get(4);
        }
        // the cast changes holders within a year: some office has three in succession
        assertThat(t.holders().rows()).anyMatch(r -> r.get(2).equals("3"));
        assertThat(keys(t.sloganMonths(), 2)).isSorted().doesNotHaveDuplicates();
        assertThat(keys(t.meetingMonths(), 2)).isSorted().doesNotHaveDuplicates();
        assertThat(t.sloganMonths().rows()).allMatch(r -> r.get(1).matches("2023-(0[1-9]|1[0-2])"));
        // a slogan that is new in the second part of the span is not printed at its start
        assertThat(t.sloganMonths().rows()).noneMatch(r -> r.get(0).equals("四治同步") && r.get(1).equals("2023-01"));
        assertThat(t.meetingMonths().rows()).anyMatch(r -> !r.get(2).equals("0")).anyMatch(r -> !r.get(3).equals("0"));
        assertThat(tmp.resolve("truth/holders.csv")).content(StandardCharsets.UTF_8)
                .startsWith("organization,post,order,person,first,last\r\n");
        assertThat(tmp.resolve("truth/slogan-months.csv")).exists();
        assertThat(tmp.resolve("truth/meeting-months.csv")).exists();
    }

    /** The first {@code n} cells of each row, joined as the corpus tables key their rows. */
    private static List<String> keys(Table t, int n) {
        return t.rows().stream().map(r -> String.join("\u0000", r.subList(0, n))).toList();
    }

    /** Every file under {@code dir} by its path below it, with its text. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
