package io.github.tifa.corpus;

import java.util.List;
import java.util.Map;

/**
 * One annotation of a page as the corpus reads it back from tifa's output (a JSON page, a JSON Lines
 * line, a Spark row): layer, clean offsets in code points, covered text, features, and for an
 * official title the names of its holders.
 */
public record Spot(String layer, int begin, int end, String text, Map<String, String> features, List<String> holders) {

    public String feature(String name) {
        String v = features.get(name);
        return v == null ? "" : v;
    }
}
