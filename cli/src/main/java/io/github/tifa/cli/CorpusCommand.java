package io.github.tifa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.tifa.Batch;
import io.github.tifa.corpus.CorpusHtml;
import io.github.tifa.corpus.CorpusOutput;
import io.github.tifa.corpus.CorpusPage;
import io.github.tifa.corpus.CorpusReader;
import io.github.tifa.corpus.CorpusWarmUp;
import io.github.tifa.corpus.CorpusTables;
import io.github.tifa.corpus.Manifest;
import io.github.tifa.corpus.Merges;
import io.github.tifa.corpus.Problem;
import io.github.tifa.corpus.Table;
import io.github.tifa.io.PageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Build the corpus tables over many pages: who held which post and who followed whom, slogans"
                + " per month, meetings per type per month; as CSV, JSON and one corpus.html that opens offline.",
                "PATH is tifa's JSON output (json/*.json, jsonl/pages.jsonl, or a folder of them), or pages"
                        + " (*.txt, or a folder with no JSON in it), which are annotated first into DIR/json/.",
                "A page's date and paper come from --manifest, else from its path (2023-02-21, 20230221),"
                        + " else from the dates its articles lead with; pages left without one are listed in"
                        + " undated.csv. Input that cannot be used is named with file and line in problems.csv."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was used", "1:some input was not (see problems.csv)", "2:usage error"})
class CorpusCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "tifa's JSON or JSON Lines output, or pages.")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "corpus",
            description = "Output directory for the tables and corpus.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--manifest", paramLabel = "CSV",
            description = "Pages' dates and papers: columns file, date, paper (file: the page's id or path).")
    Path manifest;

    @Option(names = "--merge", paramLabel = "CSV", description = "Corrections of who is who: columns person,"
            + " organization, from, to, as_person, as_organization (see README, 'The corpus view').")
    Path merge;

    @Mixin
    LexiconOption lexicon;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Pages annotated at once when PATH holds pages (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    private static final int PROBLEMS_SHOWN = 20;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        Manifest dates = manifest == null ? Manifest.none() : Manifest.read(manifest);
        Merges merges = merge == null ? Merges.none() : Merges.read(merge, problems);
        List<Path> outputs = new ArrayList<>();
        List<PageReader.Page> pages = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.add(new Problem(path.toString(), 0, "no such file or folder"));
            } else if (path.toString().endsWith(".txt")) {
                pages.addAll(PageReader.list("*.txt", path.toString()));
            } else {
                List<Path> found = CorpusReader.files(path);
                if (found.isEmpty() && Files.isDirectory(path)) {
                    pages.addAll(PageReader.list("*.txt", path.toString()));
                } else {
                    outputs.addAll(found);
                }
            }
        }
        if (!pages.isEmpty()) {
            Path json = out.resolve("json");
            stderr.printf("tifa: annotating %d pages into %s%n", pages.size(), json);
            stderr.flush();
            try (Batch batch = new Batch(out, EnumSet.of(Batch.Format.json), lexicon.dir).threads(threads)) {
                for (Batch.Outcome o : batch.run(pages, o -> { })) {
                    if (o.ok()) {
                        outputs.add(json.resolve(o.id() + ".json"));
                    } else {
                        problems.add(new Problem(o.file(), 0, o.error()));
                    }
                }
            }
        }
        CorpusWarmUp.stop();
        CorpusReader reader = new CorpusReader(dates, merges);
        reader.read(outputs);
        problems.addAll(reader.problems());
        List<Table> tables = CorpusTables.build(reader.pages(), problems);
        // corpus.html is written while the tables are: each is a file of its own
        CompletableFuture<Void> html = CompletableFuture.runAsync(() -> {
            try {
                CorpusHtml.write(out, tables);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CorpusOutput.write(out, tables);
        try {
            html.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : e;
        }

        stdout.println(summary(reader.pages(), tables));
        // every problem is in problems.csv; a terminal gets the first ones, in the same order
        problems.sort(Problem.ORDER);
        for (Problem p : problems.subList(0, Math.min(problems.size(), PROBLEMS_SHOWN))) {
            stderr.println("tifa: " + p);
        }
        if (problems.size() > PROBLEMS_SHOWN) {
            stderr.printf("tifa: … and %d more problems: every one is in %s%n", problems.size() - PROBLEMS_SHOWN,
                    out.resolve("problems.csv"));
        }
        stdout.printf("tables (.csv and .json) and corpus.html in %s%n", out.toAbsolutePath().normalize());
        stdout.flush();
        stderr.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    static String summary(List<CorpusPage> pages, List<Table> tables) {
        Map<String, Integer> from = new TreeMap<>();
        for (CorpusPage p : pages) {
            from.merge(p.dated() ? p.dateFrom() : "none", 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d pages; dated from the manifest %d, their path %d, their articles %d; without a date %d%s%n",
                pages.size(), from.getOrDefault("manifest", 0), from.getOrDefault("path", 0),
                from.getOrDefault("page", 0), from.getOrDefault("none", 0),
                from.containsKey("none") ? " (undated.csv)" : ""));
        sb.append(String.format("%-15s %8s%n", "table", "rows"));
        sb.append(String.format("%-15s %8s%n", "-".repeat(15), "-".repeat(8)));
        for (Table t : tables) {
            sb.append(String.format("%-15s %8d%n", t.name(), t.rows().size()));
        }
        return sb.toString().stripTrailing();
    }
}
