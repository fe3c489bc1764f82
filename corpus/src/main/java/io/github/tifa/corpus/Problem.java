package io.github.tifa.corpus;

/** Input the corpus could not use, named by file and line (0: the whole file), and why. */
public record Problem(String file, long line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
