package io.github.tifa.cli;

import java.util.List;

import io.github.tifa.corpus.CorpusWarmUp;
import io.github.tifa.segment.HanLpSegmenter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code tifa} command. Exit codes: 0 all files done, 1 some failed, 2 usage error. */
@Command(name = "tifa", mixinStandardHelpOptions = true, version = "tifa 0.1.0",
        description = "Rule-based annotation of Chinese government news: bylines, official titles, meetings, slogans.",
        subcommands = {AnnotateCommand.class, EvalCommand.class, ExplainCommand.class, ToBratCommand.class, CensusCommand.class,
                CorpusCommand.class, CommandLine.HelpCommand.class})
public class TifaCli implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: annotate, eval, explain, census, corpus or to-brat");
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new TifaCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    public static void main(String[] args) {
        if (args.length > 0 && List.of("annotate", "explain", "eval").contains(args[0])) {
            // HanLP's dictionaries load on the second core while the command line is parsed and the
            // pipeline is built: the first page waits for them less
            HanLpSegmenter.warmUpInBackground();
        } else if (args.length > 0 && args[0].equals("corpus")) {
            // the corpus reader and tables are loaded and compiled on the second core meanwhile
            CorpusWarmUp.inBackground();
        }
        System.exit(run(args));
    }
}
