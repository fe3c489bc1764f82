package io.github.tifa.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.github.tifa.corpus.CorpusReader;
import io.github.tifa.corpus.CorpusTables;
import io.github.tifa.corpus.Manifest;
import io.github.tifa.corpus.Merges;
import io.github.tifa.corpus.Problem;
import io.github.tifa.corpus.Table;

/**
 * CorpusSpark on local[2] gives the tables the single-machine command gives over the same rows:
 * the rows written as tifa's JSON pages, read back by CorpusReader and built by CorpusTables.
 */
class CorpusSparkTest {

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("tifa-corpus-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /**
     * The input: made-up pages (every name, place and sentence invented) by path, in dated folders
     * of two papers over five months; 专题/ has one page dated only by its article and one with no
     * date at all; 来稿/ is dated by the manifest. The one place to swap in a larger generated corpus.
     */
    static Map<String, String> madeUpPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("青山日报/2023-01-05/01", page("本报讯（记者 程晓帆）1月4日，县委书记林志远主持召开县委常委会会议，"
                + "传达学习省委经济工作会议精神，研究部署今年重点工作。县委副书记、县长韩卓然出席会议。",
                "会议指出，要围绕“三个聚焦”，即聚焦产业、聚焦项目、聚焦民生，扎实推进“山乡焕新”行动，增强“四个意识”。",
                "县委常委会会议召开"));
        pages.put("青山日报/2023-02-14/02", page("本报讯（记者 程晓帆 通讯员 葛文青）2月13日，全县春季农业生产工作会议召开。"
                + "县委书记林志远出席会议并讲话，县长韩卓然主持会议。",
                "会议要求，要落实“三个聚焦”，健全“五项机制”，确保春耕生产有序推进。",
                "全县部署春季农业生产"));
        pages.put("溪口晚报/2023-02-14/01", page("本报讯（记者 沈若溪）2月13日，县长韩卓然到溪口镇调研“山乡焕新”行动推进情况。",
                "他强调，要坚持“三个聚焦”，把群众期盼变成工作实效。",
                "韩卓然到溪口镇调研"));
        pages.put("青山日报/2023-03-20/01", page("本报讯（记者 葛文青）3月19日，县委书记唐明川主持召开县委常委会会议，"
                + "传达学习省委全会精神。县委副书记、县长韩卓然出席会议。",
                "会议强调，要以“山乡焕新”行动为牵引，健全“五项机制”，做到“两个维护”。",
                "唐明川主持召开县委常委会会议"));
        pages.put("溪口晚报/2023-04-10/03", page("本报讯（记者 沈若溪）4月9日，县委书记唐明川带队检查安全生产工作。"
                + "县委常委、常务副县长蒋一鸣陪同检查。",
                "唐明川指出，要压实“四方责任”，守牢安全底线。",
                "唐明川带队检查安全生产"));
        pages.put("青山日报/2023-05-08/02", page("本报讯（记者 程晓帆）5月7日，县人民政府召开第十二次常务会议，县长蒋一鸣主持会议。",
                "会议学习了省委经济工作会议精神，研究了“五项机制”落实情况。",
                "县政府召开常务会议"));
        pages.put("专题/往事回眸", page("本报讯（记者 葛文青）3月5日，县委书记林志远在溪口镇调研时强调，要推进“山乡焕新”行动，"
                + "落实“三个聚焦”。",
                "调研中，林志远要求认真贯彻省委全会精神，察看了溪口镇便民服务中心。",
                "林志远在溪口镇调研"));
        pages.put("专题/春耕纪实", page("本报讯（记者 沈若溪）2023年4月2日，县长韩卓然在青禾乡检查春耕备耕工作。",
                "韩卓然要求，要健全“五项机制”，确保不误农时。",
                "韩卓然检查春耕备耕工作"));
        pages.put("来稿/a01", page("本报讯（记者 程晓帆）5月31日，县委书记唐明川主持召开县委理论学习中心组学习会议。",
                "会议强调，要坚持“三个聚焦”，推动“山乡焕新”行动走深走实。",
                "县委理论学习中心组举行学习会议"));
        // by code point （ (U+FF08) < 𡌶 (U+21336); Java's String.compareTo has them the other way round
        pages.put("（增刊）/2023-05-09/01", page("本报讯（记者 葛文青）5月8日，县长蒋一鸣到青禾乡督导防汛准备工作。",
                "蒋一鸣强调，要健全“五项机制”，备足防汛物资。",
                "蒋一鸣督导防汛准备工作"));
        pages.put("𡌶口周报/2023-05-09/01", page("本报讯（记者 沈若溪）5月8日，县长蒋一鸣到溪口镇走访企业。",
                "蒋一鸣表示，要推进“山乡焕新”行动，帮助企业解难题。",
                "蒋一鸣走访溪口镇企业"));
        return pages;
    }

    /** A page as text extracted from a print page lays it out: byline and body, then the headline. */
    private static String page(String lead, String body, String headline) {
        return lead + "\n" + body + "\n" + headline + "\n";
    }

    /** 来稿/a02 is no page; the date of 来稿/a03 cannot be read (and it names no page either). */
    static String manifest() {
        return "file,date,paper\n来稿/a01.txt,2023-06-01,青山周刊\n来稿/a02.txt,2023-06-02,青山周刊\n来稿/a03.txt,六月,青山周刊\n";
    }

    /**
     * 韩卓然's and 蒋一鸣's titles of 县长 name no organization: the merge file places them in 县政府,
     * 韩卓然 until April and 蒋一鸣 from May (his 常务副县长 in April stays as read), and keeps
     * 韩卓然's 县委 titles as read (the first row that matches wins). The last row is a problem.
     */
    static String merges() {
        return "person,organization,from,to,as_person,as_organization\n" + "韩卓然,县委,,,,\n"
                + "韩卓然,,,2023-04-30,,县政府\n" + "蒋一鸣,,2023-05-01,,,县政府\n" + ",,,,某某,\n";
    }

    @Test
    void sparkTablesAreTheSingleMachineTables(@TempDir Path tmp) throws Exception {
        Path pages = tmp.resolve("pages");
        for (Map.Entry<String, String> p : madeUpPages().entrySet()) {
            Path file = pages.resolve(p.getKey() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, p.getValue(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(pages.resolve("坏页/2023-01-09"));
        Files.write(pages.resolve("坏页/2023-01-09/01.txt"), new byte[] {(byte) 0xFF, 0x41});
        Path manifest = Files.writeString(tmp.resolve("manifest.csv"), manifest());
        Path mergeFile = Files.writeString(tmp.resolve("merge.csv"), merges());
        List<Problem> mergeProblems = new ArrayList<>();
        Merges merges = Merges.read(mergeFile, mergeProblems);

        // annotated once, written as TifaSpark writes them, and read back as the corpus job reads them
        Dataset<AnnotationRecord> annotated = TifaSpark
                .annotate(TifaSpark.files(spark, pages.toString()).repartition(2), null);
        TifaSpark.write(annotated, tmp.resolve("rows").toString(), "json");
        Dataset<AnnotationRecord> rows = CorpusSpark.read(spark, tmp.resolve("rows").toString(), "json");

        long start = System.nanoTime();
        List<CorpusSpark.Frame> frames = CorpusSpark.tables(rows, manifest, merges, mergeProblems);
        Map<String, List<List<String>>> actual = new LinkedHashMap<>();
        for (CorpusSpark.Frame f : frames) {
            actual.put(f.name(), cells(f.rows()));
        }
        System.out.printf("CorpusSpark.tables, collected: %.1f s%n", (System.nanoTime() - start) / 1e9);

        List<Table> expected = singleMachine(rows.collectAsList(), tmp.resolve("json"), manifest, merges, mergeProblems);
        assertThat(frames).extracting(CorpusSpark.Frame::name)
                .containsExactlyElementsOf(expected.stream().map(Table::name).toList());
        for (int i = 0; i < frames.size(); i++) {
            Table t = expected.get(i);
            assertThat(frames.get(i).rows().columns()).as(t.name()).containsExactlyElementsOf(t.columns());
            assertThat(actual.get(t.name())).as(t.name()).containsExactlyElementsOf(withoutSource(t));
        }

        // and the tables are worth comparing
        Map<String, Table> byName = new LinkedHashMap<>();
        expected.forEach(t -> byName.put(t.name(), t));
        Table pagesTable = byName.get("pages");
        assertThat(pagesTable.rows()).extracting(r -> pagesTable.cell(r, "dateFrom"))
                .contains("path", "page", "manifest", "");
        assertThat(pagesTable.rows()).extracting(r -> pagesTable.cell(r, "paper")).containsSubsequence("（增刊）", "𡌶口周报");
        Table holders = byName.get("holders");
        assertThat(holders.rows()).extracting(r -> String.join(" ", holders.cell(r, "organization"),
                holders.cell(r, "post"), holders.cell(r, "followed"), holders.cell(r, "person")))
                .contains("县委（青山日报） 书记 林志远 唐明川", "县政府 县长 韩卓然 蒋一鸣");
        Table months = byName.get("slogan-months");
        assertThat(months.rows().stream().map(r -> months.cell(r, "month")).distinct()).hasSizeGreaterThan(3);
        Table meetings = byName.get("meeting-months");
        assertThat(meetings.rows()).anyMatch(r -> !meetings.cell(r, "held").equals("0"))
                .anyMatch(r -> !meetings.cell(r, "cited").equals("0"));
        List<List<String>> meetingRows = byName.get("meetings").rows();
        assertThat(meetingRows.get(meetingRows.size() - 1).get(0)).as("an undated meeting last").isEmpty();
        assertThat(byName.get("problems").rows()).extracting(r -> r.get(2))
                .anyMatch(m -> m.contains("names neither a person nor an organization"))
                .anyMatch(m -> m.contains("invalid UTF-8"))
                .anyMatch(m -> m.contains("cannot read the date '六月'"))
                .anyMatch(m -> m.contains("'来稿/a02.txt', which is not among the pages read"));

        // written as CSV and JSON lines that read back as the same cells
        CorpusSpark.write(frames, tmp.resolve("out").toString());
        for (Table t : expected) {
            List<List<String>> csv = csv(part(tmp.resolve("out/csv/" + t.name()), ".csv"));
            assertThat(csv.get(0)).as(t.name()).containsExactlyElementsOf(t.columns());
            assertThat(csv.subList(1, csv.size())).as(t.name()).containsExactlyElementsOf(actual.get(t.name()));
            assertThat(jsonLines(part(tmp.resolve("out/json/" + t.name()), ".json"), t.columns())).as(t.name())
                    .containsExactlyElementsOf(actual.get(t.name()));
        }
    }

    /** The one part file Spark wrote into {@code dir}. */
    private static Path part(Path dir, String extension) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> parts = s.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.toString().endsWith(extension)).toList();
            assertThat(parts).as(dir.toString()).hasSize(1);
            return parts.get(0);
        }
    }

    private static List<List<String>> csv(Path file) throws Exception {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    private static List<List<String>> jsonLines(Path file, List<String> columns) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode o = mapper.readTree(line);
            rows.add(columns.stream().map(c -> o.get(c).asText()).toList());
        }
        return rows;
    }

    /** The cells of a table, collected in its order (in the test only). */
    static List<List<String>> cells(Dataset<Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows.collectAsList()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                row.add(r.getString(i));
            }
            cells.add(row);
        }
        return cells;
    }

    /** The Spark rows carry no file: the single machine's source (its JSON file) is left out. */
    static List<List<String>> withoutSource(Table t) {
        int source = t.columns().indexOf("source");
        if (source < 0) {
            return t.rows();
        }
        return t.rows().stream().map(r -> {
            List<String> copy = new ArrayList<>(r);
            copy.set(source, "");
            return (List<String>) copy;
        }).toList();
    }

    /**
     * The single-machine command over the same rows: each page written as tifa's JSON (as
     * {@code tifa annotate -f json} writes it), read back by CorpusReader, built by CorpusTables. A
     * failed page is a problem after the merge file's, as the CLI lists it.
     */
    static List<Table> singleMachine(List<AnnotationRecord> rows, Path json, Path manifest, Merges merges,
            List<Problem> given) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, ObjectNode> pages = new TreeMap<>();
        Map<String, String> failed = new TreeMap<>();
        for (AnnotationRecord r : rows) {
            if (AnnotationRecord.ERROR.equals(r.getLayer())) {
                failed.put(r.getPage(), r.getError());
                continue;
            }
            ObjectNode page = pages.computeIfAbsent(r.getPage(), id -> {
                ObjectNode doc = mapper.createObjectNode();
                doc.put("document", id);
                doc.putObject("annotations");
                return doc;
            });
            ObjectNode layers = (ObjectNode) page.get("annotations");
            ArrayNode layer = layers.has(r.getLayer()) ? (ArrayNode) layers.get(r.getLayer()) : layers.putArray(r.getLayer());
            ObjectNode a = layer.addObject();
            a.put("begin", r.getBegin());
            a.put("end", r.getEnd());
            a.put("text", r.getText());
            ObjectNode features = (ObjectNode) mapper.readTree(r.getFeatures());
            JsonNode holders = features.remove("holders");
            a.set("features", features);
            if (holders != null) {
                ArrayNode list = a.putArray("holders");
                holders.forEach(h -> list.addObject().put("text", h.asText()));
            }
        }
        for (ObjectNode page : pages.values()) {
            Path file = json.resolve(page.get("document").asText() + ".json");
            Files.createDirectories(file.getParent());
            mapper.writeValue(file.toFile(), page);
        }
        List<Problem> problems = new ArrayList<>(given);
        failed.forEach((page, error) -> problems.add(new Problem(page, 0, error)));
        CorpusReader reader = new CorpusReader(Manifest.read(manifest), merges);
        CorpusReader.files(json).forEach(reader::read);
        problems.addAll(reader.problems());
        return CorpusTables.build(reader.pages(), problems);
    }
}
