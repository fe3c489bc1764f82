package io.github.tifa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class TifaCliTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = TifaCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void annotatesDirectoryIntoThreeFormats(@TempDir Path tmp) throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages/sub"));
        Files.writeString(pages.resolve("p1.txt"), "本报临沂讯（记者 周明远）3月12日，经开区召开会议。\n经开区召开会议\n");
        Path out = tmp.resolve("out");
        Run run = run("annotate", tmp.resolve("pages").toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.resolve("xmi/sub/p1.xmi")).isNotEmptyFile();
        assertThat(out.resolve("xmi/TypeSystem.xml")).isNotEmptyFile();
        assertThat(out.resolve("brat/sub/p1.ann")).exists();
        assertThat(out.resolve("brat/sub/p1.txt")).hasContent(Files.readString(pages.resolve("p1.txt")));
        assertThat(out.resolve("json/sub/p1.json")).isNotEmptyFile();
        assertThat(run.out()).contains("Article").contains("Token").contains("1 files, 0 failed");
    }

    @Test
    void twoThreadsWriteWhatOneThreadWritesAndJsonLinesHoldsEachPageOnALineInPageOrder(@TempDir Path tmp)
            throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(pages.resolve(String.format("p%02d.txt", i)), "本报临沂讯（记者 周明远）3月" + (i + 1)
                    + "日，经开区党工委书记钱立新主持召开党工委会议，传达学习“两个确立”。\n经开区召开会议\n");
        }
        Files.write(pages.resolve("p05.txt"), new byte[] {(byte) 0xFF}); // a bad page among them
        Run one = run("annotate", pages.toString(), "-o", tmp.resolve("one").toString(), "-f", "json,jsonl", "-t", "1");
        Run two = run("annotate", pages.toString(), "-o", tmp.resolve("two").toString(), "-f", "json,jsonl", "-t", "2");
        assertThat(one.exit()).isEqualTo(1);
        assertThat(two.exit()).isEqualTo(1);
        assertThat(two.err()).isEqualTo(one.err()).containsOnlyOnce("p05.txt");
        List<String> lines = Files.readAllLines(tmp.resolve("two/jsonl/pages.jsonl"));
        assertThat(lines).hasSize(11).isEqualTo(Files.readAllLines(tmp.resolve("one/jsonl/pages.jsonl")));
        for (int i = 0, line = 0; i < 12; i++) {
            if (i == 5) {
                continue;
            }
            String json = Files.readString(tmp.resolve(String.format("two/json/p%02d.json", i)));
            assertThat(json).isEqualTo(Files.readString(tmp.resolve(String.format("one/json/p%02d.json", i))));
            assertThat(lines.get(line++)).isEqualTo(json.strip()); // the same object, in page order
        }
        try (Stream<Path> files = Files.walk(tmp.resolve("two"))) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".part"));
        }
    }

    @Test
    void badFilesAreReportedOnceAndTheOthersStillWritten(@TempDir Path tmp) throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("good.txt"), "会议召开，研究部署工作。\n");
        Files.write(pages.resolve("bad.txt"), new byte[] {(byte) 0xE4, (byte) 0xBC, 0x41, 0x0A});
        Files.write(pages.resolve("empty.txt"), new byte[0]);
        Path out = tmp.resolve("out");
        Run run = run("annotate", pages.toString(), tmp.resolve("missing.txt").toString(), "-o", out.toString(),
                "--format", "json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(out.resolve("json/good.json")).isNotEmptyFile();
        assertThat(run.err()).containsOnlyOnce("bad.txt at byte 0: invalid UTF-8")
                .containsOnlyOnce("empty.txt: the file is empty")
                .containsOnlyOnce("missing.txt");
        assertThat(run.out()).contains("4 files, 3 failed");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactly("good.json");
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("annotate").exit()).isEqualTo(2);
        assertThat(run("annotate", "x", "--format", "pdf").exit()).isEqualTo(2);
        assertThat(run("frobnicate").exit()).isEqualTo(2);
        assertThat(run().exit()).isEqualTo(2);
    }

    @Test
    void helpNamesTheExitCodes() {
        Run run = run("annotate", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--format").contains("some pages failed");
    }


    @Test
    void evalScoresPagesAgainstGoldAndWritesReports(@TempDir Path tmp) throws Exception {
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        String raw = "会议召开，研究部署工作。\n经开区召开会议\n";
        Files.writeString(gold.resolve("p.txt"), raw);
        Files.writeString(gold.resolve("p.ann"), "T1\tArticle 0 12;13 20\t会议召开，研究部署工作。 经开区召开会议\n"
                + "T2\tHeadline 13 20\t经开区召开会议\n");
        Path out = tmp.resolve("reports");
        Run run = run("eval", "--gold", gold.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Article").contains("micro").contains("1 page(s)");
        assertThat(Files.readString(out.resolve("report.md"))).contains("| Article | 1.000 | 1.000 | 1.000 | 1 | 0 | 0 |");
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        assertThat(out.resolve("errors.tsv")).exists();
        assertThat(run("eval", "--gold", gold.toString(), "--out", out.toString(), "--floor", "1.01").exit())
                .isEqualTo(1);
        assertThat(run("eval", "--gold", tmp.resolve("nothing").toString()).exit()).isEqualTo(1);
    }

    @Test
    void explainShowsOffsetsFeaturesHoldersRuleAndContext(@TempDir Path tmp) throws Exception {
        Path page = tmp.resolve("p.txt");
        Files.writeString(page, "会上，县委副书记、县长蒋立华作报告。\n");
        Run run = run("explain", page.toString(), "--type", "OfficialTitle");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("OfficialTitle clean 3-8  raw 3-8  「县委副书记」  post=副书记  organization=县委  holders=蒋立华  rule=title.organ-post")
                .contains("    …会上，[县委副书记]、县长蒋立华作报告。".substring(5))
                .doesNotContain("Person ");
        assertThat(run("explain", tmp.resolve("missing.txt").toString()).exit()).isEqualTo(1);
    }

    @Test
    void annotateReadsTheUsersLexicons(@TempDir Path tmp) throws Exception {
        Path lexicons = Files.createDirectories(tmp.resolve("lex"));
        Files.writeString(lexicons.resolve("posts.txt"), "网格员\tGOV\n");
        Path page = tmp.resolve("p.txt");
        Files.writeString(page, "全县推进基层治理，社区网格员张晓丽带头走访。\n");
        Run with = run("annotate", page.toString(), "-o", tmp.resolve("out").toString(), "-f", "json", "--lexicon",
                lexicons.toString());
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(Files.readString(tmp.resolve("out/json/p.json"))).contains("\"text\":\"社区网格员\"");
        Files.writeString(lexicons.resolve("postz.txt"), "x\tGOV\n");
        assertThat(run("annotate", page.toString(), "-o", tmp.resolve("out2").toString(), "--lexicon",
                lexicons.toString()).exit()).isEqualTo(1);
    }

    @Test
    void correctedXmiGoesBackToBratGoldThatScoresAsTheCorrection(@TempDir Path tmp) throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        String raw = "会上，县委副书记、县长蒋立\n华作报告。\n";
        Files.writeString(pages.resolve("p.txt"), raw);
        assertThat(run("annotate", pages.toString(), "-o", tmp.resolve("out").toString(), "-f", "xmi").exit()).isZero();
        // the brat gold made from tifa's own XMI scores 1.0 against tifa, with the raw offsets of brat
        Run convert = run("to-brat", tmp.resolve("out/xmi").toString(), "-o", tmp.resolve("gold").toString());
        assertThat(convert.exit()).as(convert.err()).isZero();
        assertThat(Files.readString(tmp.resolve("gold/p.txt"))).isEqualTo(raw);
        assertThat(Files.readString(tmp.resolve("gold/p.ann"))).contains("\tPerson 11 13;14 15\t蒋立 华");
        Run eval = run("eval", "--gold", tmp.resolve("gold").toString(), "-o", tmp.resolve("r").toString(), "--floor", "1.0");
        assertThat(eval.exit()).as(eval.out()).isZero();
        assertThat(run("to-brat", tmp.resolve("nothing.xmi").toString(), "-o", tmp.resolve("g2").toString()).exit())
                .isEqualTo(1);
    }

    @Test
    void corpusAnnotatesPagesThenAggregatesAndNamesBadInputWhileUsingTheRest(@TempDir Path tmp) throws Exception {
        String[][] pages = {{"2023-01-05", "欧阳青"}, {"2023-02-06", "欧阳青"}, {"2023-03-07", "司马言"}};
        for (String[] p : pages) {
            Path dir = Files.createDirectories(tmp.resolve("pages/青山日报/" + p[0]));
            Files.writeString(dir.resolve("p1.txt"), "本报讯（记者 林晓）县委书记" + p[1]
                    + "主持召开县委常委会会议，强调要落实“三个一批”。\n县委常委会会议召开\n");
        }
        Path out = tmp.resolve("corpus");
        Run first = run("corpus", tmp.resolve("pages").toString(), "-o", out.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("3 pages; dated from the manifest 0, their path 3");
        assertThat(Files.readAllLines(out.resolve("holders.csv"))).containsExactly(
                "organization,post,order,person,first,last,mentions,followed,page,begin,end",
                "县委（青山日报）,书记,1,欧阳青,2023-01-05,2023-02-06,2,,青山日报/2023-01-05/p1,10,14",
                "县委（青山日报）,书记,2,司马言,2023-03-07,2023-03-07,1,欧阳青,青山日报/2023-03-07/p1,10,14");
        assertThat(out.resolve("corpus.html")).isNotEmptyFile();

        // the JSON it wrote, a file that is not tifa's, and a manifest with two bad rows
        Files.writeString(out.resolve("json/notes.json"), "{\"title\": \"my notes\"}");
        Path manifest = tmp.resolve("manifest.csv");
        Files.writeString(manifest, "file,date,paper\n青山日报/2023-01-05/p1.txt,2022-12-31,青山晚报\n"
                + "青山日报/2023-02-06/p1.txt,2023-02-31,青山日报\nmissing.txt,2023-01-01,青山日报\n");
        Path again = tmp.resolve("again");
        Run second = run("corpus", out.resolve("json").toString(), "--manifest", manifest.toString(), "-o", again.toString());
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).contains(out.resolve("json/notes.json") + ":1: not a page of tifa's JSON",
                manifest + ":3: cannot read the date '2023-02-31'",
                manifest + ":4: names the file 'missing.txt', which is not among the pages read");
        assertThat(second.out()).contains("3 pages; dated from the manifest 1, their path 2");
        assertThat(Files.readAllLines(again.resolve("problems.csv"))).hasSize(4);
        assertThat(Files.readString(again.resolve("holders.csv"))).as("the manifest's paper for the first page")
                .contains("县委（青山晚报）,书记,1,欧阳青,2022-12-31,2022-12-31", "县委（青山日报）,书记,1,欧阳青,2023-02-06");
    }

    @Test
    void resumeAnnotatesOnlyThePagesWhoseOutputsAreMissingAndRemovesLeftovers(@TempDir Path tmp) throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        for (int i = 0; i < 4; i++) {
            Files.writeString(pages.resolve("p" + i + ".txt"), "本报讯（记者 林晓）县委书记欧阳青主持召开县委常委会会议。\n县委常委会会议召开\n");
        }
        Path out = tmp.resolve("out");
        assertThat(run("annotate", pages.toString(), "-o", out.toString()).exit()).isZero();
        // as a killed run leaves it: p2 half written (its XMI only), a temporary file never renamed
        Files.delete(out.resolve("json/p2.json"));
        Files.delete(out.resolve("brat/p2.ann"));
        Path leftover = Files.writeString(out.resolve("json/.p2.json.1f3a.part"), "{\"document\":");
        Path p0 = out.resolve("json/p0.json");
        Files.setLastModifiedTime(p0, java.nio.file.attribute.FileTime.fromMillis(0));

        Run resumed = run("annotate", pages.toString(), "-o", out.toString(), "--resume");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("resuming: 3 of 4 pages already written, 1 to go; 1 unfinished files removed");
        assertThat(resumed.out()).contains("4 files, 3 written before and skipped, 0 failed");
        assertThat(out.resolve("json/p2.json")).isNotEmptyFile();
        assertThat(out.resolve("brat/p2.ann")).exists();
        assertThat(leftover).doesNotExist();
        assertThat(Files.getLastModifiedTime(p0).toMillis()).as("a finished page is not written again").isZero();

        Run jsonl = run("annotate", pages.toString(), "-o", out.toString(), "-f", "jsonl", "--resume");
        assertThat(jsonl.exit()).isEqualTo(2);
        assertThat(jsonl.err()).contains("--resume cannot go on with jsonl");
    }
}
