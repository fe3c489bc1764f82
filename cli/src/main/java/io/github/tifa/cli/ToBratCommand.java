package io.github.tifa.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.IntegerArray;

import io.github.tifa.io.BratWriter;
import io.github.tifa.io.PageText;
import io.github.tifa.io.SecureXml;
import io.github.tifa.io.TifaXmiWriter;
import io.github.tifa.reflow.Alignments;
import io.github.tifa.reflow.Reflow;
import io.github.tifa.type.Alignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "to-brat", mixinStandardHelpOptions = true,
        description = {"Turn corrected XMI back into brat gold on the raw pages.",
                "XMI from tifa, edited in INCEpTION or another UIMA tool, becomes <id>.txt and <id>.ann in --out,",
                "ready for tifa eval and gold/.",
                "The raw page comes from the XMI's raw view, or from --pages (<id>.txt) when a tool dropped it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all converted", "1:some file failed (each named with its reason)", "2:usage error"})
class ToBratCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "XMI", description = "XMI files or directories of them.")
    List<Path> inputs;

    @Option(names = "--pages", paramLabel = "DIR", description = "Raw pages, <id>.txt, when the XMI lacks its raw view.")
    Path pages;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Where to write the brat files.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.walk(input)) {
                    s.filter(p -> p.toString().endsWith(".xmi")).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        int failed = 0;
        for (Path file : files) {
            try {
                convert(file);
            } catch (Exception e) {
                failed++;
                stderr.println("tifa: failed: " + file + ": " + ExplainCommand.message(e));
            }
        }
        stdout.printf("%d files, %d failed; brat gold in %s%n", files.size(), failed, out.toAbsolutePath().normalize());
        stdout.flush();
        stderr.flush();
        return failed == 0 ? 0 : 1;
    }

    private void convert(Path file) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        try (InputStream in = Files.newInputStream(file)) {
            SecureXml.readXmi(in, jcas.getCas(), file.toString()); // lenient: a tool's own types are dropped
        }
        String id = TifaXmiWriter.documentId(jcas);
        if ("document".equals(id)) {
            String name = file.getFileName().toString();
            id = name.substring(0, name.length() - ".xmi".length());
        }
        boolean hasRaw = jcas.getViewIterator().hasNext() && hasView(jcas, Alignments.RAW_VIEW);
        if (!hasRaw || JCasUtil.select(jcas, Alignment.class).isEmpty()) {
            if (pages == null) {
                throw new IllegalArgumentException("no raw view in the XMI; give the raw pages with --pages DIR");
            }
            Path page = pages.resolve(id + ".txt");
            String raw = PageText.decode(Files.readAllBytes(page), page.toString());
            Reflow.Result reflowed = Reflow.reflow(raw);
            if (!reflowed.clean().equals(jcas.getDocumentText())) {
                throw new IllegalArgumentException("its text is not the reflowed text of " + page
                        + "; expected the page tifa annotated, unchanged");
            }
            if (!hasRaw) {
                jcas.createView(Alignments.RAW_VIEW).setDocumentText(raw);
            }
            Alignment alignment = new Alignment(jcas);
            alignment.setCleanBegins(IntegerArray.create(jcas, reflowed.cleanBegins()));
            alignment.setRawBegins(IntegerArray.create(jcas, reflowed.rawBegins()));
            alignment.setRawLength(reflowed.rawLength());
            alignment.addToIndexes();
        }
        BratWriter.write(jcas, out);
    }

    private static boolean hasView(JCas jcas, String name) {
        try {
            jcas.getView(name);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
