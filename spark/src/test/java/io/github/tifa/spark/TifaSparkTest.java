package io.github.tifa.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.tifa.Tifa;
import io.github.tifa.io.AnnotationRows;

/** tifa on Spark local[2] gives the single-JVM annotations, row for row; a bad page is an error row. */
class TifaSparkTest {

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("tifa-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<String> singleJvm(String id, String raw) throws Exception {
        JCas jcas = Tifa.annotate(raw, id);
        List<String> rows = new ArrayList<>();
        for (AnnotationRows.Row r : AnnotationRows.of(jcas, id)) {
            rows.add(AnnotationRecord.of(r).toString());
        }
        return rows;
    }

    @Test
    void filesOnLocal2GiveTheSingleJvmRowsAndAnErrorRowForABadPage(@TempDir Path tmp) throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages/sub"));
        Path samples = Path.of(System.getProperty("tifa.samples", "../samples"));
        List<String> expected = new ArrayList<>();
        try (Stream<Path> s = Files.list(samples)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                Files.copy(p, tmp.resolve("pages").resolve(name));
                expected.addAll(singleJvm(name.substring(0, name.length() - 4), Files.readString(p)));
            }
        }
        // generated pages: sample sentences shuffled into new pages
        String generated = "本报讯（记者 王小五）市委常委、宣传部部长陈华出席全市宣传思想文化工作会议，要求增强“四个意识”。\n全市召开宣传工作会议\n";
        Files.writeString(pages.resolve("generated.txt"), generated);
        expected.addAll(singleJvm("sub/generated", generated));
        Files.write(tmp.resolve("pages/bad.txt"), new byte[] {(byte) 0xFF, 0x41});

        Dataset<AnnotationRecord> rows = TifaSpark.annotate(
                TifaSpark.files(spark, tmp.resolve("pages").toString()).repartition(2), null);
        List<String> actual = new ArrayList<>();
        List<AnnotationRecord> errors = new ArrayList<>();
        for (AnnotationRecord r : rows.collectAsList()) {
            if (AnnotationRecord.ERROR.equals(r.getLayer())) {
                errors.add(r);
            } else {
                actual.add(r.toString());
            }
        }
        assertThat(actual).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getPage()).isEqualTo("bad");
        assertThat(errors.get(0).getError()).contains("invalid UTF-8");

        // and the rows are written as JSON lines
        TifaSpark.write(rows, tmp.resolve("json").toString(), "json");
        try (Stream<Path> s = Files.list(tmp.resolve("json"))) {
            String json = String.join("", s.filter(f -> f.toString().endsWith(".json")).map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList());
            assertThat(json).contains("\"layer\":\"OfficialTitle\"").contains("\"layer\":\"ERROR\"");
        }
    }

    @Test
    void aDatasetOfIdAndTextWorksToo() throws Exception {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
        String text = "县委副书记、县长蒋立华作报告。\n";
        Dataset<Row> pages = spark.createDataFrame(List.of(RowFactory.create("p1", text)), schema);
        List<String> actual = TifaSpark.annotate(TifaSpark.texts(pages), null).collectAsList().stream()
                .map(AnnotationRecord::toString).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(singleJvm("p1", text));
    }
}
