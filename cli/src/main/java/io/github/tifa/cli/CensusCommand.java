package io.github.tifa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.tifa.Batch;
import io.github.tifa.eval.Census;
import io.github.tifa.io.OutputFiles;
import io.github.tifa.io.PageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "census", mixinStandardHelpOptions = true,
        description = {"List the credits tifa did not read, over many articles.",
                "Annotates every page and lists each paragraph that looks like a credit (an outlet with",
                "讯/电, a role word near its start, a bracket of a role or names at its edge, a short line",
                "with a role word) but got no Byline, and each article without a Byline. The counts go to the",
                "terminal, the lines to a TSV file (page, shape, paragraph or the article's opening)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a page or a lexicon could not be read", "2:usage error"})
class CensusCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pages (.txt) or directories of pages.")
    List<String> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "census.tsv",
            description = "The TSV of missed credit-like paragraphs and articles without a byline (default: ${DEFAULT-VALUE}).")
    Path output;

    @Mixin
    LexiconOption lexicon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Census census = Census.builtIn();
        int failed = 0;
        try (Batch batch = new Batch(Path.of("."), EnumSet.noneOf(Batch.Format.class), lexicon.dir)) {
            for (PageReader.Page page : PageReader.list("*.txt", paths.toArray(String[]::new))) {
                try {
                    census.add(page.file().toString(), batch.annotate(page));
                } catch (Exception e) {
                    failed++;
                    err.println("tifa: " + page.file() + ": " + e.getMessage());
                }
            }
            Census.Result r = census.result();
            write(r);
            summary(out, r);
            return failed == 0 ? 0 : 1;
        } catch (Exception e) {
            err.println("tifa: census failed: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private void write(Census.Result r) throws IOException {
        StringBuilder tsv = new StringBuilder("page\tshape\tparagraph\n");
        for (Census.Missed m : r.missed()) {
            tsv.append(m.document()).append('\t').append(m.shape()).append('\t')
                    .append(m.text().replace('\n', '⏎').replace('\t', ' ')).append('\n');
        }
        for (Census.Uncredited u : r.articlesWithoutByline()) {
            tsv.append(u.document()).append("\tARTICLE_WITHOUT_BYLINE\t")
                    .append(u.opening().replace('\n', '⏎').replace('\t', ' ')).append('\n');
        }
        byte[] bytes = tsv.toString().getBytes(StandardCharsets.UTF_8);
        OutputFiles.write(output, o -> o.write(bytes));
    }

    private void summary(PrintWriter out, Census.Result r) {
        int missed = r.missed().size();
        out.printf("pages %d, articles %d (%d with a byline), bylines %d%n", r.documents(), r.articles(),
                r.articlesWithByline(), r.bylines());
        out.printf("credit-like paragraphs %d, of them without a byline %d%n", r.creditLike(), missed);
        for (Census.Shape s : Census.Shape.values()) {
            out.printf("  %-16s %d%n", s, r.missedByShape().get(s));
        }
        out.printf("articles without a byline %d; the list is in %s%n", r.articlesWithoutByline().size(), output);
    }
}
