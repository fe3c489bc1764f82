package io.github.tifa.reflow;

import static io.github.tifa.reflow.CreditNames.onlySpaceBetween;
import static io.github.tifa.reflow.CreditNames.skipSpace;
import static io.github.tifa.reflow.CreditNames.trimEnd;

import java.util.List;

import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.model.Punctuation;
import io.github.tifa.reflow.CreditGrammar.Credit;
import io.github.tifa.reflow.CreditGrammar.Name;
import io.github.tifa.reflow.CreditGrammar.Position;

/**
 * {@code byline.trailing-credit}: a bracketed credit that ends a paragraph: ……。（记者 赵六）, and right
 * after a sentence end names alone, ……。（苗强）.
 */
final class ClosingCredit implements CreditReader {
    static final String NAME = "byline.trailing-credit";
    private final CreditNames names;

    ClosingCredit(CreditNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Position position() {
        return Position.CLOSING;
    }

    /** The bracketed credit that opens at {@code open} and closes its line, or null. */
    @Override
    public Credit read(String text, int open, int lineEnd) {
        LexiconTrie.Matches roleHits = names.roles().lazy(text);
        int last = trimEnd(text, open, lineEnd);
        int roleStart = skipSpace(text, open + 1, last);
        List<Name> credited = roleHits.endAt(roleStart) < 0 ? names.surnamed(text, roleStart, last - 1)
                : names.names(text, roleStart, last - 1, roleHits);
        if (credited.isEmpty() || !onlySpaceBetween(text, credited.get(credited.size() - 1).end(), last - 1)) {
            return null;
        }
        return new Credit(Position.CLOSING, open, last, "", "", "", credited);
    }

    /** （记者 赵六） or, right after a sentence end, （苗强） closing {@code text[from, lineEnd)}. */
    Credit find(String text, int from, int lineEnd) {
        int last = trimEnd(text, from, lineEnd);
        if (last <= from || (text.charAt(last - 1) != '）' && text.charAt(last - 1) != ')')) {
            return null;
        }
        int open = Math.max(text.lastIndexOf('（', last - 1), text.lastIndexOf('(', last - 1));
        if (open < from) {
            return null;
        }
        if (names.roles().lazy(text).endAt(skipSpace(text, open + 1, last)) < 0) {
            // names alone in brackets only right after a sentence end: ……。（苗强）
            int before = open;
            while (before > from && Character.isWhitespace(text.charAt(before - 1))) {
                before--;
            }
            if (before == from || !Punctuation.SENTENCE_STOPS.has(text.charAt(before - 1))) {
                return null;
            }
        }
        return read(text, open, lineEnd);
    }
}
