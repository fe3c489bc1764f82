package io.github.tifa.segment;

/**
 * Sentence boundaries of Chinese news text: after 。！？!? (and the closing quotes or brackets that
 * follow them), and at every line end. Leading and trailing white space is left out of a sentence.
 */
public final class Sentences {
    /** Receives one sentence span. */
    @FunctionalInterface
    public interface Sink {
        void accept(int begin, int end);
    }

    private Sentences() {
    }

    public static void split(String text, Sink sink) {
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                emit(text, start, i, sink);
                start = i + 1;
            } else if ("。！？!?".indexOf(c) >= 0) {
                int end = i + 1;
                while (end < n && "。！？!?”’」』）)\"".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                emit(text, start, end, sink);
                start = end;
                i = end - 1;
            }
        }
        emit(text, start, n, sink);
    }

    private static void emit(String text, int begin, int end, Sink sink) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin < end) {
            sink.accept(begin, end);
        }
    }
}
