package io.github.tifa.title;

import io.github.tifa.model.Overlaps;

/** A title a rule proposes: [begin, end), its post from {@code postBegin}, and the rule. */
record TitleSpan(int begin, int postBegin, int end, String rule) implements Overlaps.Candidate {
    static TitleSpan of(TitlePage.PostReading r, String rule) {
        return new TitleSpan(r.begin(), r.postBegin(), r.end(), rule);
    }

    @Override
    public int priority() {
        return 0;
    }
}
