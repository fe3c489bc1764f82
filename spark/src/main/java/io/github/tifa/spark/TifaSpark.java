package io.github.tifa.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

import io.github.tifa.Tifa;
import io.github.tifa.io.AnnotationRows;
import io.github.tifa.io.PageReader;
import io.github.tifa.io.PageText;
import io.github.tifa.io.TifaXmiWriter;

/**
 * tifa on Apache Spark. Pages come from a directory of {@code *.txt} files (decoded strictly, like
 * the CLI) or from a dataset with {@code id} and {@code text} columns; each partition builds one
 * engine and one CAS and reuses them for all its pages; the result has one row per annotation
 * ({@link AnnotationRecord}), and a page that fails becomes one row with layer {@code ERROR} and
 * its reason, so the job always finishes.
 *
 * <pre>
 * spark-submit --class io.github.tifa.spark.TifaSpark tifa-spark.jar --input pages/ --output rows/ --format parquet
 * </pre>
 */
public final class TifaSpark {
    private TifaSpark() {
    }

    /** The {@code *.txt} files under {@code dir} (recursively), with ids like the CLI's: path below dir, no .txt. */
    public static Dataset<PageInput> files(SparkSession spark, String dir) {
        String base = Path.of(dir).toAbsolutePath().normalize().toUri().toString();
        Dataset<Row> files = spark.read().format("binaryFile").option("pathGlobFilter", "*.txt")
                .option("recursiveFileLookup", "true").load(dir).select(col("path"), col("content"));
        return files.map((org.apache.spark.api.java.function.MapFunction<Row, PageInput>) r -> {
            PageInput p = new PageInput();
            String path = r.getString(0).replace("file:///", "file:/");
            String b = base.replace("file:///", "file:/");
            String relative = path.startsWith(b) ? path.substring(b.length()) : path.substring(path.lastIndexOf('/') + 1);
            p.setId(relative.endsWith(".txt") ? relative.substring(0, relative.length() - 4) : relative);
            p.setBytes(r.getAs(1));
            return p;
        }, Encoders.bean(PageInput.class));
    }

    /** Pages from a dataset with {@code id} and {@code text} columns. */
    public static Dataset<PageInput> texts(Dataset<Row> pages) {
        return pages.select(col("id"), col("text"), lit(null).cast(DataTypes.BinaryType).as("bytes"))
                .as(Encoders.bean(PageInput.class));
    }

    /** Annotates every page; {@code xmiDir} (null: none) also gets one XMI per page. */
    public static Dataset<AnnotationRecord> annotate(Dataset<PageInput> pages, String xmiDir) {
        return pages.mapPartitions((MapPartitionsFunction<PageInput, AnnotationRecord>) it -> annotate(it, xmiDir),
                Encoders.bean(AnnotationRecord.class));
    }

    private static Iterator<AnnotationRecord> annotate(Iterator<PageInput> pages, String xmiDir) throws Exception {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(Tifa.pipeline());
        JCas jcas = JCasFactory.createJCas();
        List<AnnotationRecord> out = new ArrayList<>();
        while (pages.hasNext()) {
            PageInput page = pages.next();
            try {
                String raw = page.getBytes() != null ? PageText.decode(page.getBytes(), page.getId()) : page.getText();
                if (raw == null) {
                    throw new IllegalArgumentException(page.getId() + ": no text");
                }
                jcas.reset();
                PageReader.load(jcas, raw, page.getId(), null);
                engine.process(jcas);
                for (AnnotationRows.Row row : AnnotationRows.of(jcas, page.getId())) {
                    out.add(AnnotationRecord.of(row));
                }
                if (xmiDir != null) {
                    TifaXmiWriter.write(jcas, Path.of(xmiDir), false);
                }
            } catch (Exception e) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                out.add(AnnotationRecord.error(page.getId(), String.valueOf(root.getMessage())));
            }
        }
        engine.destroy();
        return out.iterator();
    }

    /** Writes rows as JSON lines or Parquet. */
    public static void write(Dataset<AnnotationRecord> rows, String out, String format) {
        switch (format) {
            case "json" -> rows.write().mode(SaveMode.Overwrite).json(out);
            case "parquet" -> rows.write().mode(SaveMode.Overwrite).parquet(out);
            default -> throw new IllegalArgumentException("--format must be json or parquet, got " + format);
        }
    }

    /** {@code --input DIR --output DIR [--format json|parquet] [--xmi DIR] [--master local[2]]} */
    public static void main(String[] args) throws Exception {
        JobOptions o = JobOptions.parse(args, List.of("--input", "--output", "--format", "--xmi", "--master"),
                List.of("--input", "--output"),
                "TifaSpark --input DIR --output DIR [--format json|parquet] [--xmi DIR] [--master URL]");
        String input = o.get("--input", null);
        String output = o.get("--output", null);
        String format = o.get("--format", "json");
        String xmi = o.get("--xmi", null);
        try (SparkSession spark = o.session("tifa")) {
            long start = System.nanoTime();
            // many small files make many small partitions, each building an engine: one per core is enough
            int cores = spark.sparkContext().defaultParallelism();
            Dataset<AnnotationRecord> rows = annotate(files(spark, input).coalesce(cores), xmi).cache();
            write(rows, output, format);
            double seconds = (System.nanoTime() - start) / 1e9;
            long pages = rows.select("page").distinct().count();
            long errors = rows.filter(col("layer").equalTo(AnnotationRecord.ERROR)).count();
            long bytes = spark.read().format("binaryFile").option("pathGlobFilter", "*.txt")
                    .option("recursiveFileLookup", "true").load(input).select(functions.sum("length")).first().getLong(0);
            System.out.printf("%d pages, %d failed, %d annotations; %s in %s%n", pages, errors, rows.count() - errors,
                    format, output);
            System.out.printf("annotated and written in %.1f s: %.2f MB/s of UTF-8 pages on %s%n", seconds,
                    bytes / seconds / 1e6, spark.sparkContext().master());
        }
    }
}
