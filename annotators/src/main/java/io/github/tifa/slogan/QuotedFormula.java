package io.github.tifa.slogan;

import java.util.List;

import io.github.tifa.rules.Rule;

/**
 * {@code slogan.quoted-formula}: a quoted numeric formula (“两个确立”, “一排底线”, “1+3+N”): a quotation
 * that can be a slogan and opens with a formula numeral or is a code of digits and letters.
 */
final class QuotedFormula implements Rule<SloganPage, SloganSpan> {
    static final String NAME = "slogan.quoted-formula";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SloganSpan> propose(SloganPage page) {
        return page.quotedSlogans().stream().filter(q -> page.numeric(page.text().substring(q[0], q[1])))
                .map(q -> new SloganSpan(q[0], q[1], true, NAME, 2)).toList();
    }
}
