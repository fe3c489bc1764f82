package io.github.tifa.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --lexicon DIR} option that annotate, eval and explain share (a picocli mixin). */
public class LexiconOption {
    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "Your own lexicons: files named like the built-in ones extend them (see README).")
    Path dir;
}
