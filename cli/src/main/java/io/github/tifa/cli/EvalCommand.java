package io.github.tifa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.tifa.eval.Evaluator;
import io.github.tifa.eval.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score tifa against brat gold.",
                "<id>.ann in the gold directory is paired with page <id>.txt.",
                "Without PAGES, the gold directory's own <id>.txt files are the pages.",
                "Writes report.md, report.json, errors.tsv and report.html, and prints the table."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated (and at or over --floor when given)", "1:under --floor, or the gold or a page "
                + "could not be read", "2:usage error"})
class EvalCommand implements Callable<Integer> {

    @Option(names = {"-g", "--gold"}, required = true, paramLabel = "DIR", description = "Directory of brat gold files.")
    Path gold;

    @Parameters(arity = "0..*", paramLabel = "PAGES", description = "Raw page files or directories.")
    List<String> pages = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/eval",
            description = "Directory for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    LexiconOption lexicon;

    @Option(names = "--floor", paramLabel = "F1", description = "Fail (exit 1) when strict micro-F1 is below this.")
    Double floor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            Evaluator.Result result = Evaluator.run(gold, pages, lexicon.dir);
            Evaluator.writeReports(result, out);
            stdout.println(Reports.table(result.evaluation()));
            stdout.printf("%d page(s); reports in %s%n", result.header().documents(), out.toAbsolutePath().normalize());
            double f1 = result.evaluation().microStrict().f1();
            if (floor != null && f1 < floor) {
                stderr.printf("tifa: strict micro-F1 %.3f is under the floor %.3f%n", f1, floor);
                return 1;
            }
            return 0;
        } catch (Exception e) {
            stderr.println("tifa: eval failed: " + ExplainCommand.message(e));
            return 1;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }
}
