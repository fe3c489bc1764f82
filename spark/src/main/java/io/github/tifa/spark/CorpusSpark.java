package io.github.tifa.spark;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import scala.jdk.javaapi.CollectionConverters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.tifa.corpus.CorpusPage;
import io.github.tifa.corpus.CorpusTables;
import io.github.tifa.corpus.Manifest;
import io.github.tifa.corpus.Mention;
import io.github.tifa.corpus.Merges;
import io.github.tifa.corpus.Problem;
import io.github.tifa.corpus.Spot;

/**
 * The corpus tables of {@link CorpusTables} as a Spark job over {@link TifaSpark}'s rows. Each page
 * is built by the corpus module's own code ({@link CorpusPage#of}: dates, papers, merges, mentions),
 * then every table is aggregated with DataFrame operations; nothing is collected to the driver. Only
 * the manifest and the merge file, small user files, are read on the driver.
 *
 * <p>The tables have CorpusTables' columns, cells and row order, except {@code source} (pages,
 * undated), which is empty: rows carry no file, so a manifest row is matched by page id alone.
 *
 * <pre>
 * spark-submit --class io.github.tifa.spark.CorpusSpark tifa-spark.jar --input rows/ --format parquet --output corpus/
 * </pre>
 */
public final class CorpusSpark {
    private CorpusSpark() {
    }

    /** A table as CorpusTables names it, its rows a DataFrame of string cells in CorpusTables' order. */
    public record Frame(String name, Dataset<Row> rows) {
    }

    /** The layers a corpus page is built from (CorpusReader reads the same). */
    private static final Set<String> LAYERS = Set.of("OfficialTitle", "Slogan", "Meeting", "Article", "Byline");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final StructType POST = new StructType().add("begin", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType).add("person", DataTypes.StringType)
            .add("organization", DataTypes.StringType).add("post", DataTypes.StringType);
    private static final StructType SLOGAN = new StructType().add("begin", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType).add("canonical", DataTypes.StringType)
            .add("numeric", DataTypes.BooleanType).add("expansion", DataTypes.StringType);
    private static final StructType MEETING = new StructType().add("begin", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType).add("name", DataTypes.StringType).add("type", DataTypes.StringType)
            .add("held", DataTypes.BooleanType).add("term", DataTypes.StringType).add("session", DataTypes.StringType);
    /** One page: CorpusPage's fields (date null when undated) and its mentions; or the errors it failed with. */
    private static final StructType PAGE = new StructType().add("page", DataTypes.StringType)
            .add("source", DataTypes.StringType).add("paper", DataTypes.StringType).add("date", DataTypes.StringType)
            .add("dateFrom", DataTypes.StringType).add("posts", DataTypes.createArrayType(POST))
            .add("slogans", DataTypes.createArrayType(SLOGAN)).add("meetings", DataTypes.createArrayType(MEETING))
            .add("errors", DataTypes.createArrayType(DataTypes.StringType));
    private static final StructType ENTRY = new StructType().add("key", DataTypes.StringType)
            .add("entryLine", DataTypes.LongType)
            .add("entryFile", DataTypes.StringType).add("entryDate", DataTypes.StringType)
            .add("entryPaper", DataTypes.StringType);
    /** A problem: file, line (0: the whole file), message. */
    private static final StructType PROBLEM = new StructType().add("file", DataTypes.StringType)
            .add("line", DataTypes.LongType).add("message", DataTypes.StringType);

    private static final UserDefinedFunction KEY = udf((UDF1<String, String>) Manifest::key, DataTypes.StringType);

    /** TifaSpark's rows written as {@code json} or {@code parquet}. */
    public static Dataset<AnnotationRecord> read(SparkSession spark, String path, String format) {
        // the bean's schema: JSON would otherwise read offsets as longs, which do not fit the bean's ints
        StructType schema = Encoders.bean(AnnotationRecord.class).schema();
        Dataset<Row> rows = switch (format) {
            case "json" -> spark.read().schema(schema).json(path);
            case "parquet" -> spark.read().schema(schema).parquet(path);
            default -> throw new IllegalArgumentException("--format must be json or parquet, got " + format);
        };
        return rows.as(Encoders.bean(AnnotationRecord.class));
    }

    /**
     * Every table, in CorpusTables' order. {@code manifestFile} may be null; {@code problems} are
     * the caller's (a merge file's, say) and come first in the problems table. The rows are read
     * once; the pages built from them are cached, as every table reads them.
     */
    public static List<Frame> tables(Dataset<AnnotationRecord> rows, Path manifestFile, Merges merges,
            List<Problem> problems) throws IOException {
        SparkSession spark = rows.sparkSession();
        Manifest manifest = manifestFile == null ? Manifest.none() : Manifest.read(manifestFile);
        Dataset<Row> entries = entries(spark, manifest);
        Dataset<Row> all = pages(rows, entries, merges).cache();
        Dataset<Row> pages = all.filter(size(col("errors")).equalTo(0));

        Dataset<Row> posts = mentions(pages, "posts");
        Dataset<Row> slogans = mentions(pages, "slogans");
        Dataset<Row> meetings = mentions(pages, "meetings");
        return List.of(pagesTable(pages), undated(pages), posts(posts), holders(posts), slogans(slogans),
                sloganMonths(slogans), meetings(meetings), meetingMonths(meetings),
                problems(spark, all, pages, entries, manifest, manifestFile, problems));
    }

    /** The manifest's rows as a table, keyed like Manifest keys them. */
    private static Dataset<Row> entries(SparkSession spark, Manifest manifest) {
        List<Row> rows = new ArrayList<>();
        for (Manifest.Entry e : manifest.entries()) {
            rows.add(RowFactory.create(Manifest.key(e.file()), e.line(), e.file(),
                    e.date().map(LocalDate::toString).orElse(null), e.paper()));
        }
        return spark.createDataFrame(rows, ENTRY);
    }

    /** One row a page: its annotations grouped, joined to its manifest row, and built by CorpusPage.of. */
    private static Dataset<Row> pages(Dataset<AnnotationRecord> rows, Dataset<Row> entries, Merges merges) {
        Column failed = col("layer").equalTo(AnnotationRecord.ERROR);
        // only the layers a corpus page reads travel to the group, but every page keeps its group
        Column spot = when(col("layer").isin(LAYERS.toArray()),
                struct(col("layer"), col("begin"), col("end"), col("text"), col("features")));
        Dataset<Row> grouped = rows.groupBy("page").agg(
                collect_list(when(failed, coalesce(col("error"), lit("")))).as("errors"),
                collect_list(spot).as("spots"));
        return grouped.join(broadcast(entries), KEY.apply(col("page")).equalTo(col("key")), "left")
                .map((MapFunction<Row, Row>) r -> page(r, merges), Encoders.row(PAGE));
    }

    private static Row page(Row r, Merges merges) {
        String id = r.getAs("page");
        List<String> errors = r.getList(r.fieldIndex("errors"));
        if (!errors.isEmpty()) {
            // a page that failed is a problem, not a page (as when the CLI's batch fails on it)
            return RowFactory.create(id, "", "", null, "", seq(List.of()), seq(List.of()), seq(List.of()), seq(errors));
        }
        List<Spot> spots = new ArrayList<>();
        for (Row s : r.<Row>getList(r.fieldIndex("spots"))) {
            spots.add(spot(s.getString(0), s.getInt(1), s.getInt(2), s.getString(3), s.getString(4)));
        }
        // the group's order is arbitrary: sorted, a page is built the same on every run
        spots.sort(Comparator.comparing(Spot::layer).thenComparingInt(Spot::begin).thenComparingInt(Spot::end));
        Optional<Manifest.Entry> entry = r.isNullAt(r.fieldIndex("key")) ? Optional.empty()
                : Optional.of(new Manifest.Entry(r.<Long>getAs("entryLine"), r.getAs("entryFile"),
                        Optional.ofNullable(r.<String>getAs("entryDate")).map(LocalDate::parse), r.getAs("entryPaper")));
        CorpusPage p = CorpusPage.of(id, null, spots, entry, merges);
        List<Row> posts = new ArrayList<>();
        for (Mention.Post m : p.facts().posts()) {
            posts.add(RowFactory.create(m.begin(), m.end(), m.person(), m.organization(), m.post()));
        }
        List<Row> slogans = new ArrayList<>();
        for (Mention.Slogan m : p.facts().slogans()) {
            slogans.add(RowFactory.create(m.begin(), m.end(), m.canonical(), m.numeric(), m.expansion()));
        }
        List<Row> meetings = new ArrayList<>();
        for (Mention.Meeting m : p.facts().meetings()) {
            meetings.add(RowFactory.create(m.begin(), m.end(), m.name(), m.type(), m.held(), m.term(), m.session()));
        }
        return RowFactory.create(p.id(), "", p.paper(), p.dated() ? p.date().toString() : null, p.dateFrom(),
                seq(posts), seq(slogans), seq(meetings), seq(List.of()));
    }

    /** A Row's array is a Scala Seq. */
    private static scala.collection.immutable.Seq<?> seq(List<?> list) {
        return CollectionConverters.asScala(list).toSeq();
    }

    /**
     * An annotation row as the corpus reads it: its features JSON as strings, except
     * {@code holders}, the official title's holders' names.
     */
    static Spot spot(String layer, int begin, int end, String text, String features) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> holders = new ArrayList<>();
        if (features != null && !features.isEmpty()) {
            JsonNode json;
            try {
                json = JSON.readTree(features);
            } catch (IOException e) {
                throw new UncheckedIOException("features of a " + layer + " are not JSON: " + features, e);
            }
            for (Map.Entry<String, JsonNode> f : json.properties()) {
                if (f.getKey().equals("holders")) {
                    f.getValue().forEach(h -> holders.add(h.asText()));
                } else {
                    values.put(f.getKey(), f.getValue().asText());
                }
            }
        }
        return new Spot(layer, begin, end, text == null ? "" : text, values, holders);
    }

    /** One row a mention of {@code kind}, with its page's id, paper and date. */
    private static Dataset<Row> mentions(Dataset<Row> pages, String kind) {
        return pages.select(col("page"), col("paper"), col("date"), explode(col(kind)).as("m"))
                .select(col("page"), col("paper"), col("date"), col("m.*"));
    }

    static Frame pagesTable(Dataset<Row> pages) {
        return frame("pages", CorpusTables.PAGES, pages.orderBy(col("page"))
                .withColumn("posts", size(col("posts"))).withColumn("slogans", size(col("slogans")))
                .withColumn("meetings", size(col("meetings"))));
    }

    static Frame undated(Dataset<Row> pages) {
        return frame("undated", CorpusTables.UNDATED, pages.filter(col("date").isNull()).orderBy(col("page")));
    }

    static Frame posts(Dataset<Row> posts) {
        Dataset<Row> grouped = agg(posts.groupBy("organization", "post", "person"), span());
        return frame("posts", CorpusTables.POSTS,
                firstMentionCells(grouped.orderBy(col("organization"), col("post"), col("person"))));
    }

    /**
     * Each post's holders (dated mentions with an organization) in the order they were first seen;
     * who held it before them is the row before in that order.
     */
    static Frame holders(Dataset<Row> posts) {
        Dataset<Row> held = posts.filter(col("date").isNotNull().and(col("organization").notEqual("")))
                .groupBy("organization", "post", "person")
                .agg(min("date").as("first"), max("date").as("last"), count(lit(1)).as("mentions"), firstMention());
        WindowSpec office = Window.partitionBy("organization", "post").orderBy(col("first"), col("person"));
        return frame("holders", CorpusTables.HOLDERS, firstMentionCells(held
                .withColumn("order", row_number().over(office)).withColumn("followed", lag(col("person"), 1).over(office))
                .orderBy(col("organization"), col("post"), col("order"))));
    }

    /** A slogan is numeric when any mention is; its expansion is the least non-empty one. */
    static Frame slogans(Dataset<Row> slogans) {
        List<Column> columns = new ArrayList<>(List.of(max("numeric").as("numeric"),
                min(when(col("expansion").notEqual(""), col("expansion"))).as("expansion")));
        columns.addAll(span());
        Dataset<Row> grouped = agg(slogans.groupBy("canonical"), columns).orderBy(col("canonical"));
        return frame("slogans", CorpusTables.SLOGANS, firstMentionCells(grouped));
    }

    static Frame sloganMonths(Dataset<Row> slogans) {
        return frame("slogan-months", CorpusTables.SLOGAN_MONTHS, slogans.filter(col("date").isNotNull())
                .withColumn("month", month()).groupBy("canonical", "month").agg(count(lit(1)).as("mentions"))
                .orderBy(col("canonical"), col("month")));
    }

    /** Every meeting (once a page, as PageFacts keeps it), dated ones first, by date, page, offset. */
    static Frame meetings(Dataset<Row> meetings) {
        return frame("meetings", CorpusTables.MEETINGS,
                meetings.orderBy(col("date").asc_nulls_last(), col("page"), col("begin"), col("end")));
    }

    static Frame meetingMonths(Dataset<Row> meetings) {
        return frame("meeting-months", CorpusTables.MEETING_MONTHS, meetings.filter(col("date").isNotNull())
                .withColumn("month", month()).groupBy("month", "type")
                .agg(count(when(col("held"), 1)).as("held"), count(when(not(col("held")), 1)).as("cited"))
                .orderBy(col("month"), col("type")));
    }

    /**
     * The caller's problems, the pages that failed, the manifest rows that could not be read and those
     * no page matched, in {@link Problem#ORDER} (by file, line, message) as CorpusTables lists them.
     */
    private static Frame problems(SparkSession spark, Dataset<Row> all, Dataset<Row> pages, Dataset<Row> entries,
            Manifest manifest, Path manifestFile, List<Problem> given) {
        List<Row> listed = new ArrayList<>();
        // the join, not Manifest.find, matches rows to pages here
        for (Problem p : given) {
            listed.add(RowFactory.create(p.file(), p.line(), p.message()));
        }
        for (Problem p : manifest.readProblems()) {
            listed.add(RowFactory.create(p.file(), p.line(), p.message()));
        }
        Dataset<Row> failed = all.select(col("page").as("file"), lit(0L).as("line"),
                explode(col("errors")).as("message"));
        // worded as Manifest words it; the manifest is named as it was given
        UserDefinedFunction notAmongPages = udf((UDF1<String, String>) Manifest::notAmongPages, DataTypes.StringType);
        Dataset<Row> unmatched = entries
                .join(pages.select(KEY.apply(col("page")).as("pageKey")), col("key").equalTo(col("pageKey")), "left_anti")
                .select(lit(String.valueOf(manifestFile)).as("file"), col("entryLine").as("line"),
                        notAmongPages.apply(col("entryFile")).as("message"));
        Dataset<Row> problems = spark.createDataFrame(listed, PROBLEM).unionByName(failed).unionByName(unmatched)
                .orderBy(col("file"), col("line"), col("message"))
                .withColumn("line", when(col("line").gt(0), col("line")));
        return frame("problems", CorpusTables.PROBLEMS, problems);
    }


    /**
     * first, last (of dated mentions), mentions, pages, papers (sorted, joined by ;) and the first
     * mention: CorpusTables' span.
     */
    private static List<Column> span() {
        Column papers = array_sort(collect_set(when(col("paper").notEqual(""), col("paper"))));
        return List.of(min("date").as("first"), max("date").as("last"), count(lit(1)).as("mentions"),
                countDistinct(col("page")).as("pages"), array_join(papers, ";").as("papers"), firstMention());
    }

    /** The first mention as CorpusTables orders them (dated first, by date, page, offset): page, begin, end. */
    private static Column firstMention() {
        return min_by(struct(col("page"), col("begin"), col("end")),
                struct(col("date").isNull(), coalesce(col("date"), lit("")), col("page"), col("begin")))
                .as("at");
    }

    private static Dataset<Row> firstMentionCells(Dataset<Row> d) {
        return d.withColumn("page", col("at.page")).withColumn("begin", col("at.begin")).withColumn("end",
                col("at.end"));
    }

    private static Dataset<Row> agg(org.apache.spark.sql.RelationalGroupedDataset groups, List<Column> columns) {
        return groups.agg(columns.get(0), columns.subList(1, columns.size()).toArray(Column[]::new));
    }

    private static Column month() {
        return substring(col("date"), 1, 7);
    }

    /** The table: {@code columns} in CorpusTables' order, each a string, empty where null (an undated page's date). */
    private static Frame frame(String name, List<String> columns, Dataset<Row> rows) {
        Column[] cells = columns.stream().map(c -> coalesce(col(c).cast(DataTypes.StringType), lit("")).as(c))
                .toArray(Column[]::new);
        return new Frame(name, rows.select(cells));
    }

    /**
     * Writes each table as {@code DIR/csv/NAME/} (one CSV file with a header) and
     * {@code DIR/json/NAME/} (one JSON Lines file), rows in the table's order; returns each
     * table's number of rows.
     */
    public static Map<String, Long> write(List<Frame> tables, String outDir) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Frame t : tables) {
            // computed once for both files and the count
            Dataset<Row> one = t.rows().coalesce(1).cache();
            // RFC 4180 like CorpusOutput: "" inside quotes, empty cells empty, spaces kept
            one.write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"")
                    .option("emptyValue", "").option("ignoreLeadingWhiteSpace", "false")
                    .option("ignoreTrailingWhiteSpace", "false").csv(outDir + "/csv/" + t.name());
            one.write().mode(SaveMode.Overwrite).json(outDir + "/json/" + t.name());
            counts.put(t.name(), one.count());
            one.unpersist();
        }
        return counts;
    }

    /**
     * {@code --input ROWS --output DIR [--format json|parquet] [--manifest CSV] [--merge CSV] [--master URL]}:
     * ROWS is TifaSpark's output; the manifest and merge file are read on the driver.
     */
    public static void main(String[] args) throws Exception {
        JobOptions o = JobOptions.parse(args, List.of("--input", "--output", "--format", "--manifest", "--merge", "--master"),
                List.of("--input", "--output"), "CorpusSpark --input ROWS --output DIR [--format json|parquet]"
                        + " [--manifest CSV] [--merge CSV] [--master URL]");
        String output = o.get("--output", null);
        String manifest = o.get("--manifest", null);
        String merge = o.get("--merge", null);
        List<Problem> problems = new ArrayList<>();
        Merges merges = merge == null ? Merges.none() : Merges.read(Path.of(merge), problems);
        try (SparkSession spark = o.session("tifa corpus")) {
            List<Frame> tables = tables(read(spark, o.get("--input", null), o.get("--format", "json")), manifest == null ? null : Path.of(manifest), merges,
                    problems);
            write(tables, output).forEach((name, rows) -> System.out.printf("%-15s %8d%n", name, rows));
            System.out.printf("tables (csv/ and json/) in %s%n", output);
        }
    }
}
