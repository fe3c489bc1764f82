package io.github.tifa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.tifa.Batch;
import io.github.tifa.corpus.madeup.MadeUpCorpus;
import io.github.tifa.io.PageReader;

/**
 * The corpus view recovers what a generated corpus is known to say: 2,000 made-up pages over 24
 * months, annotated by tifa, read back and tabled, give the generator's holder sequences, monthly
 * slogan counts and meetings per type and month, row for row.
 */
class CorpusGeneratedIT {

    @TempDir
    Path tmp;

    @Test
    void theTablesOfAGeneratedCorpusAreItsTruth() throws Exception {
        MadeUpCorpus.Truth truth = MadeUpCorpus.write(tmp.resolve("corpus"), 2000, 24, 1);
        List<PageReader.Page> pages = PageReader.list("*.txt", tmp.resolve("corpus/pages").toString());
        assertThat(pages).hasSize(2000);
        Path out = tmp.resolve("out");
        try (Batch batch = new Batch(out, EnumSet.of(Batch.Format.json), null).threads(2)) {
            List<Batch.Outcome> outcomes = batch.run(pages, outcome -> {
            });
            assertThat(outcomes).allMatch(Batch.Outcome::ok, "annotated");
        }
        CorpusReader reader = new CorpusReader(Manifest.none(), Merges.none());
        for (Path f : CorpusReader.files(out.resolve("json"))) {
            reader.read(f);
        }
        Map<String, Table> tables = CorpusTables.build(reader.pages(), reader.problems()).stream()
                .collect(Collectors.toMap(Table::name, Function.identity()));

        assertThat(reader.pages()).hasSize(2000).allMatch(p -> p.dateFrom().equals("path"), "dated by its path");
        assertThat(tables.get("undated").rows()).isEmpty();
        assertThat(tables.get("problems").rows()).isEmpty();
        // the corpus' holders table also counts mentions and points to pages; the truth knows the rest
        Table holders = tables.get("holders");
        List<List<String>> held = holders.rows().stream()
                .map(r -> MadeUpCorpus.HOLDERS.stream().map(c -> holders.cell(r, c)).toList()).toList();
        assertThat(held).containsExactlyElementsOf(truth.holders().rows());
        assertThat(tables.get("slogan-months").rows()).containsExactlyElementsOf(truth.sloganMonths().rows());
        assertThat(tables.get("meeting-months").rows()).containsExactlyElementsOf(truth.meetingMonths().rows());
    }
}
