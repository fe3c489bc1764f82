package io.github.tifa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is named with file and line, and the rest is still read. */
class CorpusReaderTest {

    private static final String PAGE = "{\"document\":\"%s\",\"text\":\"\",\"annotations\":{\"Slogan\":[{\"begin\":0,\"end\":4,"
            + "\"text\":\"三个一批\",\"features\":{\"canonical\":\"三个一批\",\"numeric\":\"true\",\"expansion\":\"\"}}],"
            + "\"OfficialTitle\":[{\"begin\":5,\"end\":11,\"text\":\"青山县委书记\",\"features\":{\"post\":\"书记\","
            + "\"organization\":\"青山县委\"},\"holders\":[{\"begin\":11,\"end\":14,\"text\":\"欧阳青\"}]}]}}";

    @Test
    void everyGoodPageIsReadAndEveryBadOneNamed(@TempDir Path tmp) throws IOException {
        Path json = Files.createDirectories(tmp.resolve("json/2023-01-05"));
        Files.writeString(json.resolve("a.json"), PAGE.formatted("2023-01-05/a"));
        Files.writeString(json.resolve("broken.json"), "{\"document\":\n\"x\",\n]");
        Files.writeString(json.resolve("other.json"), "{\"name\":\"not a page\"}");
        Files.writeString(json.resolve("cut.json"), "{\"document\": \"x\",\n \"annotations\": [\n");
        Files.writeString(tmp.resolve("json/inception-layers.json"), "[]");
        Files.writeString(json.resolve(".c.json.part"), "{\"document\":"); // a run killed half-way
        Files.createDirectories(json.resolve("folder.json"));
        Files.writeString(tmp.resolve("pages.jsonl"), PAGE.formatted("2023-02-01/b") + "\n\n{oops\n"
                + PAGE.formatted("2023-01-05/a") + "\n");
        CorpusReader reader = new CorpusReader(Manifest.none(), Merges.none());
        for (Path dir : new Path[] {tmp.resolve("json"), tmp.resolve("pages.jsonl")}) {
            reader.read(CorpusReader.files(dir));
        }
        assertThat(reader.pages()).extracting(CorpusPage::id).containsExactly("2023-01-05/a", "2023-02-01/b");
        assertThat(reader.pages().get(0).facts().posts()).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo("欧阳青"));
        assertThat(reader.problems()).extracting(Problem::toString).containsExactly(
                json.resolve("broken.json") + ":3: not JSON: Unexpected character (']' (code 93)): was expecting double-quote to start field name",
                json.resolve("cut.json") + ":3: not JSON: Unexpected end-of-input: expected close marker for Array"
                        + " (start marker at line: 2, column: 17)",
                json.resolve("folder.json") + ": cannot read: " + json.resolve("folder.json") + " (Is a directory)",
                json.resolve("other.json") + ":1: not a page of tifa's JSON: expected an object with \"document\" and"
                        + " \"annotations\" (tifa annotate -f json or jsonl writes them)",
                tmp.resolve("pages.jsonl") + ":3: not JSON: Unexpected character ('o' (code 111)): was expecting double-quote to start field name",
                tmp.resolve("pages.jsonl") + ":4: page '2023-01-05/a' was read before; this copy is skipped");
    }

    @Test
    void theWarmUpsPageIsAPageOfTifasJsonWithFacts() throws IOException {
        // the command's warm-up reads it: a page that no longer reads would warm up nothing
        byte[] json;
        try (java.io.InputStream in = CorpusWarmUp.class.getResourceAsStream("warm-up.json")) {
            json = in.readAllBytes();
        }
        CorpusReader reader = new CorpusReader(Manifest.none(), Merges.none());
        reader.read("warm-up.json", json);
        assertThat(reader.problems()).isEmpty();
        assertThat(reader.pages()).singleElement().satisfies(p -> assertThat(p.dated()).isTrue());
        assertThat(CorpusTables.build(reader.pages(), new java.util.ArrayList<>())).isNotEmpty();
        reader.read("again", json);
        assertThat(reader.pages()).hasSize(1); // a page read before is not read twice
    }
}
