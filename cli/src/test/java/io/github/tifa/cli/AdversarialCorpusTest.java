package io.github.tifa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
        CommandLine cli = new CommandLine(new TifaCli());
        cli.setOut(new PrintWriter(o, true));
        cli.setErr(new PrintWriter(e, true));
        exit = cli.execute("annotate", pages.toString(), "-o", out.toString(), "--no-progress");
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
        for (String layer : List.of("Byline", "Person", "OfficialTitle", "Meeting", "Slogan")) {
            assertThat(latin.get(layer)).as(layer).isEmpty();
        }
        JsonNode longLine = json.readTree(out.resolve("json/long-line.json").toFile());
        JsonNode tokens = longLine.get("annotations").get("Token");
        assertThat(tokens.get(tokens.size() - 1).get("end").asInt()).isEqualTo(longLine.get("text").asText().length());
    }

    private static String text(ObjectMapper json, String id) throws Exception {
        return json.readTree(out.resolve("json/" + id + ".json").toFile()).get("text").asText();
    }
}
