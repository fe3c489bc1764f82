package io.github.tifa.reflow;

import static io.github.tifa.reflow.CreditNames.trimEnd;

import java.util.List;

import io.github.tifa.reflow.CreditGrammar.Credit;
import io.github.tifa.reflow.CreditGrammar.Name;
import io.github.tifa.reflow.CreditGrammar.Position;

/**
 * {@code byline.closing-name}: a paragraph that is only a name (秦 越) or names, right after a sentence end.
 */
final class NameOnlyCredit implements CreditReader {
    static final String NAME = "byline.closing-name";
    private final CreditNames names;

    NameOnlyCredit(CreditNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Position position() {
        return Position.NAME_ONLY;
    }

    /** A paragraph that is only a name (秦 越) or surnamed names (林晓丰 司马言), or a name, the role it took and a closing word (秦越摄影报道). */
    @Override
    public Credit read(String text, int start, int lineEnd) {
        int last = trimEnd(text, start, lineEnd);
        List<Name> credited = names.surnamed(text, start, last);
        if (!credited.isEmpty() && credited.get(credited.size() - 1).end() == last) { // 秦 越; 林晓丰 司马言 韩 冬
            return new Credit(Position.NAME_ONLY, start, last, "", "", "", credited);
        }
        Name photographed = names.nameThenRole(text, start, last);
        return photographed == null ? null
                : new Credit(Position.NAME_ONLY, start, last, "", "", "", List.of(photographed));
    }
}
