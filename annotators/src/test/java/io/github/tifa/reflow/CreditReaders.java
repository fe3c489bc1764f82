package io.github.tifa.reflow;

import java.util.List;

import io.github.tifa.reflow.CreditGrammar.Credit;
import io.github.tifa.reflow.CreditGrammar.Position;

/** One credit reader of the built-in grammar, run alone on one line. */
final class CreditReaders {
    private CreditReaders() {
    }

    /** The credit {@code position}'s reader reads at {@code p} of {@code line}, or null. */
    static Credit read(Position position, String line, int p) {
        return CreditGrammar.builtIn().reader(position).read(line, p, line.length());
    }

    /** Role and name of each credited name, as "role:name". */
    static List<String> names(String line, Credit credit) {
        return credit.names().stream().map(n -> n.role() + ":" + line.substring(n.begin(), n.end())).toList();
    }
}
