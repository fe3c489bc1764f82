package io.github.tifa.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.tifa.corpus.Merges;
import io.github.tifa.corpus.Table;
import io.github.tifa.corpus.madeup.MadeUpCorpus;

/**
 * The generated corpus of the issue "The corpus view" through Spark: 2,000 made-up pages over 24
 * months annotated by TifaSpark on local[2]; CorpusSpark's tables are the generator's truth (holder
 * sequences, slogans per month, meetings per type per month) and every table equals the one the
 * single-machine command builds from the same rows.
 */
class CorpusSparkIT {

    @Test
    void aGeneratedCorpusGivesItsTruthAndTheSingleMachineTablesOnSpark(@TempDir Path tmp) throws Exception {
        MadeUpCorpus.Truth truth = MadeUpCorpus.write(tmp.resolve("corpus"), 2000, 24, 1);
        SparkSession spark = SparkSession.builder().master("local[2]").appName("tifa-corpus-it")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            Dataset<AnnotationRecord> annotated = TifaSpark.annotate(
                    TifaSpark.files(spark, tmp.resolve("corpus/pages").toString()).coalesce(2), null);
            TifaSpark.write(annotated, tmp.resolve("rows").toString(), "parquet");
            Dataset<AnnotationRecord> rows = CorpusSpark.read(spark, tmp.resolve("rows").toString(), "parquet");

            Map<String, List<List<String>>> onSpark = new LinkedHashMap<>();
            for (CorpusSpark.Frame f : CorpusSpark.tables(rows, null, Merges.none(), List.of())) {
                onSpark.put(f.name(), CorpusSparkTest.cells(f.rows()));
            }
            Table holders = new Table("holders", io.github.tifa.corpus.CorpusTables.HOLDERS, onSpark.get("holders"));
            assertThat(onSpark.get("holders").stream()
                    .map(r -> MadeUpCorpus.HOLDERS.stream().map(c -> holders.cell(r, c)).toList()).toList())
                    .containsExactlyElementsOf(truth.holders().rows());
            assertThat(onSpark.get("slogan-months")).containsExactlyElementsOf(truth.sloganMonths().rows());
            assertThat(onSpark.get("meeting-months")).containsExactlyElementsOf(truth.meetingMonths().rows());
            assertThat(onSpark.get("undated")).isEmpty();
            assertThat(onSpark.get("problems")).isEmpty();

            Path manifest = Files.writeString(tmp.resolve("manifest.csv"), "file,date,paper\n");
            List<Table> single = CorpusSparkTest.singleMachine(rows.collectAsList(), tmp.resolve("json"), manifest,
                    Merges.none(), new ArrayList<>());
            for (Table t : single) {
                assertThat(onSpark.get(t.name())).as(t.name()).containsExactlyElementsOf(CorpusSparkTest.withoutSource(t));
            }
        } finally {
            spark.stop();
        }
    }
}
