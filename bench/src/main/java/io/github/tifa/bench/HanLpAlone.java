package io.github.tifa.bench;

import java.util.List;

import io.github.tifa.io.PageReader;
import io.github.tifa.segment.HanLpSegmenter;
import io.github.tifa.segment.Sentences;

/**
 * The baseline a user's run is compared with: HanLP alone, configured and chunked as tifa
 * configures it, over the same files, as a whole process (JVM start, dictionaries, reading).
 * {@code java -cp … io.github.tifa.bench.HanLpAlone DIR…} prints the files, characters and terms.
 */
public final class HanLpAlone {
    private HanLpAlone() {
    }

    public static void main(String[] args) throws Exception {
        List<PageReader.Page> pages = PageReader.list("*.txt", args);
        long chars = 0;
        long terms = 0;
        for (PageReader.Page page : pages) {
            String text = PageReader.read(page.file());
            chars += text.length();
            terms += segment(text);
        }
        System.out.println(pages.size() + " files, " + chars + " characters, " + terms + " terms");
    }

    /** Segments {@code text} sentence by sentence as tifa does; returns the number of terms. */
    static long segment(String text) {
        long[] terms = {0};
        Sentences.split(text, (b, e) -> terms[0] += HanLpSegmenter.segment().seg(text.substring(b, e)).size());
        return terms[0];
    }
}
