package io.github.tifa.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.tifa.corpus.CorpusWarmUp;
import io.github.tifa.segment.HanLpSegmenter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code tifa} command. Exit codes: 0 all files done, 1 some failed, 2 usage error. */
@Command(name = "tifa", mixinStandardHelpOptions = true, version = "tifa 0.1.0",
        description = "Rule-based annotation of Chinese government news: bylines, official titles, meetings, slogans.")
public class TifaCli implements Runnable {

    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();
    static {
        COMMANDS.put("annotate", AnnotateCommand::new);
        COMMANDS.put("eval", EvalCommand::new);
        COMMANDS.put("explain", ExplainCommand::new);
        COMMANDS.put("to-brat", ToBratCommand::new);
        COMMANDS.put("census", CensusCommand::new);
        COMMANDS.put("corpus", CorpusCommand::new);
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: annotate, eval, explain, census, corpus or to-brat");
    }

    /** Every command, for help and usage errors. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TifaCli());
        COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        return cli.addSubcommand(new CommandLine.HelpCommand());
    }

    /**
     * Only the command that args name, when they name one: picocli reflects over every command it is
     * given, and the other five cost a run that reads a corpus's JSON a tenth of its time.
     */
    public static CommandLine commandLine(String... args) {
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        return named == null ? commandLine() : new CommandLine(new TifaCli()).addSubcommand(args[0], named.get());
    }

    public static int run(String... args) {
        CommandLine cli = commandLine(args);
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
