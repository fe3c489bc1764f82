package io.github.tifa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** The CLI over the adversarial corpus (src/test/resources/adversarial/README.md says what to expect). */
class AdversarialCorpusTest {

    @TempDir
    static Path tmp;
    static Path pages;
    static Path out;
    static int exit;
    static String stdout;
    static String stderr;

    @BeforeAll
    static void runOverTheCorpus() throws Exception {
        pages = Files.createDirectories(tmp.resolve("pages"));
        URL corpus = AdversarialCorpusTest.class.getResource("/adversarial");
        try (Stream<Path> files = Files.list(Path.of(corpus.toURI()))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, pages.resolve(f.getFileName()));
            }
        }
        Files.createSymbolicLink(pages.resolve("loop-a.txt"), pages.resolve("loop-b.txt"));
        Files.createSymbolicLink(pages.resolve("loop-b.txt"), pages.resolve("loop-a.txt"));
        Files.createDirectories(pages.resolve("a-directory.txt"));
        // a 1 MB page with no line break and no punctuation
        Files.writeString(pages.resolve("long-line.txt"), "经开区推进项目建设全面提升发展质量".repeat(20_000));
        out = tmp.resolve("out");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cli = TifaCli.commandLine();
        cli.setOut(new PrintWriter(o, true));
        cli.setErr(new PrintWriter(e, true));
        exit = cli.execute("annotate", pages.toString(), "-o", out.toString(), "--no-progress", "--tokens");
        stdout = o.toString();
        stderr = e.toString();
    }

    private static final Map<String, String> FAILS = Map.of(
            "empty.txt", "the file is empty",
            "invalid-utf8-start.txt", "at byte 0: invalid UTF-8 (byte 0xFF, line 1)",
            "invalid-utf8-middle.txt", "at byte 28: invalid UTF-8",
            "invalid-utf8-truncated-end.txt", "invalid UTF-8",
            "utf8-surrogate-encoded.txt", "invalid UTF-8 (byte 0xED",
            "utf16.txt", "looks like UTF-16",
            "binary-garbage.txt", "invalid UTF-8",
            "loop-a.txt", "cannot read the file",
            "loop-b.txt", "cannot read the file");

    private static final List<String> ANNOTATED = List.of("whitespace-only", "bom", "crlf", "lone-cr", "c0-controls",
            "outside-bmp", "kangxi-fullwidth", "unbalanced-quotes", "byline-unclosed", "latin", "long-line");

    /** Layers that a page with no Chinese news text must leave empty. */
    private static final List<String> TIFA_LAYERS = List.of("Byline", "Person", "OfficialTitle", "Meeting", "Slogan");

    @Test
    void everyBadPageIsNamedOnceWithItsReasonAndTheRunSaysSome() {
        assertThat(exit).isEqualTo(1);
        FAILS.forEach((file, reason) -> {
            String line = stderr.lines().filter(l -> l.contains(file)).findFirst().orElse("");
            assertThat(stderr.lines().filter(l -> l.contains("/" + file))).as(file).hasSize(1);
            assertThat(line).as(file).contains(reason);
        });
        assertThat(stderr.lines().filter(l -> l.startsWith("tifa: failed:"))).hasSize(FAILS.size());
        assertThat(stdout).contains((ANNOTATED.size() + FAILS.size()) + " files, " + FAILS.size() + " failed");
        assertThat(stderr).doesNotContain("Exception in thread").doesNotContain("\tat ");
    }

    @Test
    void everyGoodPageIsWrittenInEveryFormatAndNothingPartialIsLeft() throws Exception {
        for (String id : ANNOTATED) {
            assertThat(out.resolve("xmi/" + id + ".xmi")).as(id).isNotEmptyFile();
            assertThat(out.resolve("brat/" + id + ".txt")).as(id).exists();
            assertThat(out.resolve("brat/" + id + ".ann")).as(id).exists();
            assertThat(out.resolve("json/" + id + ".json")).as(id).isNotEmptyFile();
            // XML 1.0 that a strict parser reads
            assertThat(Files.readString(out.resolve("xmi/" + id + ".xmi"))).startsWith("<?xml version=\"1.0\"");
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("xmi/" + id + ".xmi").toFile());
        }
        try (Stream<Path> files = Files.walk(out)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertThat(names).noneMatch(n -> n.endsWith(".part"));
            for (String failed : FAILS.keySet()) {
                String id = failed.substring(0, failed.length() - 4);
                assertThat(names).as(failed).noneMatch(n -> n.startsWith(id + "."));
            }
        }
    }

    @Test
    void oddButValidPagesGiveTheExpectedText() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(text(json, "whitespace-only")).isEmpty();
        assertThat(text(json, "bom")).startsWith("本报临沂讯");
        assertThat(text(json, "crlf")).isEqualTo(text(json, "bom"));
        assertThat(text(json, "lone-cr")).isEqualTo(text(json, "bom"));
        assertThat(text(json, "c0-controls")).contains("临\uFFFD沂");
        assertThat(text(json, "kangxi-fullwidth")).startsWith("高新区2023年工作会议");
        JsonNode latin = json.readTree(out.resolve("json/latin.json").toFile()).get("annotations");
        for (String layer : TIFA_LAYERS) {
            assertThat(latin.get(layer)).as(layer).isEmpty();
        }
        JsonNode blank = json.readTree(out.resolve("json/whitespace-only.json").toFile()).get("annotations");
        for (String layer : TIFA_LAYERS) {
            assertThat(blank.get(layer)).as(layer).isEmpty();
        }
        blank.fields().forEachRemaining(layer -> assertThat(layer.getValue()).as(layer.getKey()).isEmpty());
        JsonNode longLine = json.readTree(out.resolve("json/long-line.json").toFile());
        JsonNode tokens = longLine.get("annotations").get("Token");
        assertThat(tokens.get(tokens.size() - 1).get("end").asInt()).isEqualTo(longLine.get("text").asText().length());
    }

    @Test
    void offsetsAreExactAroundACharacterOutsideTheBmp() throws Exception {
        JsonNode page = new ObjectMapper().readTree(out.resolve("json/outside-bmp.json").toFile());
        String text = page.get("text").asText();
        JsonNode layers = page.get("annotations");
        // 𠮷 (U+20BB7) is one code point and two UTF-16 units; JSON offsets count code points
        assertThat(page.get("offsets").asText()).isEqualTo("unicode code points");
        assertThat(text).startsWith("本报临沂讯（记者 𠮷明远）3月12日");
        String raw = Files.readString(pages.resolve("outside-bmp.txt"));
        layers.fields().forEachRemaining(layer -> {
            for (JsonNode a : layer.getValue()) {
                String covered = covered(text, a.get("begin").asInt(), a.get("end").asInt());
                assertThat(covered).as("%s %s", layer.getKey(), a).isEqualTo(a.get("text").asText());
                // the page has no layout to clean: the raw span is the same text
                assertThat(covered(raw, a.get("rawBegin").asInt(), a.get("rawEnd").asInt()))
                        .as("raw %s %s", layer.getKey(), a).isEqualTo(covered);
            }
        });
        // after the first 𠮷 (code point 37, UTF-16 unit 38) and after the second
        assertThat(covered(text, layers.get("Slogan"))).containsExactly("两个确立");
        assertThat(layers.get("Slogan").get(0).get("begin").asInt()).isEqualTo(37);
        assertThat(text.codePointCount(0, text.indexOf("两个确立"))).isEqualTo(37);
        assertThat(covered(text, layers.get("OfficialTitle"))).containsExactly("市领导");
        assertThat(layers.get("OfficialTitle").get(0).get("begin").asInt())
                .isEqualTo(text.codePointCount(0, text.indexOf("市领导")));
    }

    @Test
    void aCreditNameOutsideTheBmpIsFoundLikeAnyOther() throws Exception {
        // the same credit as bom.txt's, with 𠮷 for 周
        JsonNode page = new ObjectMapper().readTree(out.resolve("json/outside-bmp.json").toFile());
        String text = page.get("text").asText();
        JsonNode layers = page.get("annotations");
        assertThat(covered(text, layers.get("Byline"))).containsExactly("本报临沂讯（记者 𠮷明远）");
        assertThat(covered(text, layers.get("Contributor"))).containsExactly("𠮷明远");
        assertThat(covered(text, layers.get("Person"))).containsExactly("𠮷明远");
    }

    @Test
    void noSloganIsGuessedAcrossAnUnclosedQuotation() throws Exception {
        JsonNode page = new ObjectMapper().readTree(out.resolve("json/unbalanced-quotes.json").toFile());
        String text = page.get("text").asText();
        // “四个意识，坚定“四个自信”，做到“两个维护。: the first and the last “ are never closed
        assertThat(text).contains("增强“四个意识，坚定“四个自信”，做到“两个维护。\n");
        JsonNode slogans = page.get("annotations").get("Slogan");
        for (JsonNode s : slogans) {
            assertThat(covered(text, s.get("begin").asInt(), s.get("end").asInt())).as("%s", s)
                    .doesNotContain("“", "”", "‘", "’", "\"", "'", "「", "」", "『", "』");
        }
        // quoted only inside a closed pair: the well-formed “四个自信” and ‘双减’, no more
        List<JsonNode> quoted = new ArrayList<>();
        slogans.forEach(s -> {
            if (s.get("features").get("quoted").asBoolean()) {
                quoted.add(s);
            }
        });
        assertThat(quoted).extracting(s -> covered(text, s.get("begin").asInt(), s.get("end").asInt()))
                .containsExactly("四个自信", "双减");
        for (JsonNode s : quoted) {
            int begin = text.offsetByCodePoints(0, s.get("begin").asInt());
            int end = text.offsetByCodePoints(0, s.get("end").asInt());
            assertThat(text.substring(begin - 1, begin) + text.substring(end, end + 1)).as("%s", s).isIn("“”", "‘’");
        }
        // nothing reaches over the unclosed region “四个意识，坚定“ into or out of it
        int regionBegin = text.codePointCount(0, text.indexOf("“四个意识"));
        int regionEnd = text.codePointCount(0, text.indexOf("四个自信"));
        for (JsonNode s : slogans) {
            int b = s.get("begin").asInt();
            int e = s.get("end").asInt();
            boolean inside = b > regionBegin && e < regionEnd;
            boolean outside = e <= regionBegin || b >= regionEnd;
            assertThat(inside || outside).as("%s", s).isTrue();
        }
    }

    @Test
    void noBylineCreditRunsPastTheLine() throws Exception {
        JsonNode page = new ObjectMapper().readTree(out.resolve("json/byline-unclosed.json").toFile());
        String text = page.get("text").asText();
        JsonNode layers = page.get("annotations");
        // （记者 周明远 通讯员 韩  雪 is never closed, so it is no credit (its spaces go with the layout's);
        // the dateline and the body follow on the same line
        assertThat(text).startsWith("本报临沂讯（记者周明远通讯员韩雪3月12日，");
        int limit = text.codePointCount(0, text.indexOf("3月12日"));
        if (text.indexOf('\n') >= 0) {
            limit = Math.min(limit, text.codePointCount(0, text.indexOf('\n')));
        }
        assertThat(layers.get("Byline")).isNotEmpty(); // 本报临沂讯 is still a byline
        for (String layer : List.of("Byline", "Contributor", "Person")) {
            for (JsonNode a : layers.get(layer)) {
                assertThat(a.get("end").asInt()).as("%s %s", layer, a).isLessThanOrEqualTo(limit);
            }
        }
    }

    /** The text between two code-point offsets, as the JSON gives them. */
    private static String covered(String text, int begin, int end) {
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }

    private static List<String> covered(String text, JsonNode annotations) {
        List<String> spans = new ArrayList<>();
        for (JsonNode a : annotations) {
            spans.add(covered(text, a.get("begin").asInt(), a.get("end").asInt()));
        }
        return spans;
    }

    private static String text(ObjectMapper json, String id) throws Exception {
        return json.readTree(out.resolve("json/" + id + ".json").toFile()).get("text").asText();
    }
}
