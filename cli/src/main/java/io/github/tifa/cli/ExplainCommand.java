package io.github.tifa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.uima.jcas.JCas;

import io.github.tifa.Batch;
import io.github.tifa.Explain;
import io.github.tifa.io.PageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show why each annotation of a page is there.",
                "Every annotation with its clean and raw offsets (code points), covered text, features, holders,",
                "the rule that made it, and a line of context. RULES.md says what each rule matches and which",
                "lexicon file holds its words."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained", "1:the page or a lexicon could not be read", "2:usage error"})
class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PAGE", description = "A raw page (.txt).")
    Path page;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE",
            description = "Only this layer: Article, Headline, Byline, Contributor, Person, OfficialTitle, Meeting, Slogan.")
    String type;

    @Mixin
    LexiconOption lexicon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Batch batch = new Batch(Path.of("."), EnumSet.noneOf(Batch.Format.class), lexicon.dir)) {
            List<PageReader.Page> pages = PageReader.list("*.txt", page.toString());
            for (PageReader.Page p : pages) {
                JCas jcas = batch.annotate(p);
                out.println("# " + p.file());
                Explain.lines(jcas, type).forEach(out::println);
            }
            return 0;
        } catch (Exception e) {
            err.println("tifa: explain failed: " + message(e));
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
