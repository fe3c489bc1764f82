package io.github.tifa.slogan;

import java.util.List;

import io.github.tifa.rules.Rule;

/**
 * {@code slogan.quoted-term}: a quoted coined term (“专精特新”, “店小二”): a quotation that can be a
 * slogan (not speech, not too long, not an ordinary word in scare quotes) and is no numeric formula.
 */
final class QuotedTerm implements Rule<SloganPage, SloganSpan> {
    static final String NAME = "slogan.quoted-term";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SloganSpan> propose(SloganPage page) {
        return page.quotedSlogans().stream().filter(q -> !page.numeric(page.text().substring(q[0], q[1])))
                .map(q -> new SloganSpan(q[0], q[1], true, NAME, 2)).toList();
    }
}
