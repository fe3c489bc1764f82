package io.github.tifa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.github.tifa.Batch;
import io.github.tifa.io.PageReader;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Annotate pages and write XMI, brat and JSON.",
                "Pages are files, or directories searched for *.txt.",
                "Each format goes to its own folder under --out: xmi/, brat/, json/, jsonl/pages.jsonl."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every page was annotated and written", "1:some pages failed (each is named with its reason)",
                "2:usage error"})
class AnnotateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or directories.")
    List<String> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Formats to write, comma-separated: xmi, brat, json, jsonl (one JSON object a line for the"
                    + " whole corpus). Default: xmi, brat, json.")
    List<Batch.Format> formats = new ArrayList<>();

    @Mixin
    LexiconOption lexicon;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Pages annotated at once (default: the number of processors, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    @Option(names = "--pretty", description = "Indent JSON and XMI (easier to read; JSON about 1.7 times larger).")
    boolean pretty;

    @Option(names = "--tokens", description = "Also write HanLP's tokens with their part of speech to JSON and JSON"
            + " Lines, and its POS annotations to XMI (XMI keeps Token and Sentence either way).")
    boolean tokens;

    @Option(names = "--brat-blocks", description = "Also write articles and headlines to brat (brat labels every line"
            + " they cover, so they are left out by default; XMI and JSON always have them).")
    boolean bratBlocks;

    @Option(names = "--resume", description = "Go on with a run that was stopped: pages whose every output is"
            + " already written are skipped, and temporary files a killed run left behind are removed. Not with"
            + " jsonl (one file for the whole run).")
    boolean resume;

    @Spec
    CommandSpec spec;

    /** A progress bar helps from this many pages on, and only on a terminal. */
    private static final int PROGRESS_FROM = 10;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<PageReader.Page> pages = new ArrayList<>();
        List<Batch.Outcome> failed = new ArrayList<>();
        int listFailures = 0;
        for (String path : paths) {
            try {
                pages.addAll(PageReader.list("*.txt", path));
            } catch (Exception e) {
                failed.add(new Batch.Outcome(path, path, e.getMessage(), Map.of()));
                listFailures++;
            }
        }
        if (resume && formats.contains(Batch.Format.jsonl)) {
            throw new ParameterException(spec.commandLine(), "--resume cannot go on with jsonl, one file for the whole"
                    + " run: write json (one file a page) to resume, or run again without --resume");
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        int skipped = 0;
        boolean progress = !noProgress && pages.size() >= PROGRESS_FROM && System.console() != null;
        try (Batch batch = new Batch(out, formats.isEmpty() ? Batch.Format.DEFAULT : EnumSet.copyOf(formats),
                lexicon.dir).pretty(pretty).tokens(tokens).bratBlocks(bratBlocks).threads(threads);
                ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("annotate").setInitialMax(pages.size())
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build() : null) {
            if (resume) {
                int all = pages.size();
                int removed = batch.removeLeftovers().size();
                List<PageReader.Page> rest = new ArrayList<>();
                for (PageReader.Page page : pages) {
                    if (!batch.written(page)) {
                        rest.add(page);
                    }
                }
                skipped = all - rest.size();
                pages = rest;
                stderr.printf("tifa: resuming: %d of %d pages already written, %d to go; %d unfinished files removed%n",
                        all - rest.size(), all, rest.size(), removed);
                stderr.flush();
                if (bar != null) {
                    bar.maxHint(rest.size());
                }
            }
            batch.run(pages, outcome -> {
                if (outcome.ok()) {
                    outcome.counts().forEach((k, v) -> totals.merge(k, v, Integer::sum));
                } else {
                    failed.add(outcome);
                }
                if (bar != null) {
                    bar.step();
                }
            });
        }
        for (Batch.Outcome f : failed) {
            stderr.println("tifa: failed: " + f.error());
        }
        stdout.println(table(totals));
        stdout.printf("%d files, %s%d failed; output in %s%n", pages.size() + listFailures + skipped,
                resume ? skipped + " written before and skipped, " : "", failed.size(),
                out.toAbsolutePath().normalize());
        stdout.flush();
        stderr.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    static String table(Map<String, Integer> totals) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-14s %8s%n", "layer", "count"));
        sb.append(String.format("%-14s %8s%n", "-".repeat(14), "-".repeat(8)));
        totals.forEach((k, v) -> sb.append(String.format("%-14s %8d%n", k, v)));
        return sb.toString().stripTrailing();
    }
}
