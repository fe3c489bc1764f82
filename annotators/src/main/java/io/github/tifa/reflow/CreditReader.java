package io.github.tifa.reflow;

import io.github.tifa.reflow.CreditGrammar.Credit;
import io.github.tifa.reflow.CreditGrammar.Position;

/**
 * How the credit of one position is read (one row of RULES.md's byline table): agency, place, date
 * and names from {@code p} to the end of its line.
 */
public interface CreditReader {
    /** The rule name of the bylines read in this position (RULES.md). */
    String name();

    Position position();

    /** The credit that stands at {@code p} in this position, its line ending at {@code lineEnd}; null when none does. */
    CreditGrammar.Credit read(String text, int p, int lineEnd);
}
