package io.github.tifa.slogan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.tifa.rules.Rule;

/**
 * {@code slogan.quoted-earlier}: a slogan this page has quoted, printed again after it without
 * quotation marks, where it cuts no word.
 */
final class QuotedEarlier implements Rule<SloganPage, SloganSpan> {
    static final String NAME = "slogan.quoted-earlier";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SloganSpan> propose(SloganPage page) {
        String text = page.text();
        Map<String, Integer> quotedAt = new TreeMap<>(); // a handful of strings: no trie needed
        for (int[] q : page.quotedSlogans()) {
            quotedAt.merge(text.substring(q[0], q[1]), q[0], Math::min);
        }
        List<SloganSpan> found = new ArrayList<>();
        quotedAt.forEach((s, first) -> {
            for (int at = text.indexOf(s, first + 1); at >= 0; at = text.indexOf(s, at + 1)) {
                if (!page.quoted(at) && page.aligned(at, at + s.length())) {
                    found.add(new SloganSpan(at, at + s.length(), false, NAME, 0));
                }
            }
        });
        found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return found;
    }
}
