package io.github.tifa.reflow;

import java.util.List;

import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.reflow.CreditGrammar.Credit;
import io.github.tifa.reflow.CreditGrammar.Name;
import io.github.tifa.reflow.CreditGrammar.Position;

/**
 * {@code byline.credit-line}: a paragraph that opens with [outlet] role and names (after an optional
 * □/■ mark): 本报记者 王五, □本报记者 张  三 通讯员 李四, 某某日报·某某客户端记者 周立新.
 */
final class OpeningCredit implements CreditReader {
    static final String NAME = "byline.credit-line";
    private final CreditVocabulary vocabulary;
    private final CreditNames names;
    private final LexiconTrie agencies;

    OpeningCredit(CreditVocabulary vocabulary, CreditNames names, LexiconTrie agencies) {
        this.vocabulary = vocabulary;
        this.names = names;
        this.agencies = agencies;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Position position() {
        return Position.OPENING;
    }

    /** 本报记者 王五 通讯员 李四 opening a paragraph. */
    @Override
    public Credit read(String text, int start, int lineEnd) {
        LexiconTrie.Matches roleHits = names.roles().lazy(text);
        int roleAt = vocabulary.creditRoleAt(text, start, lineEnd);
        int roleEnd = roleAt < 0 ? -1 : roleHits.endAt(roleAt);
        if (roleEnd < 0 || roleEnd >= lineEnd) {
            return null;
        }
        List<Name> credited = names.names(text, roleAt, lineEnd, roleHits);
        if (credited.isEmpty()) {
            return null;
        }
        int end = names.closingWord(text, credited.get(credited.size() - 1).end(), lineEnd, roleHits);
        int agencyEnd = roleAt > start ? roleAt : agencies.lazy(text).endAt(start); // 某某日报·某某客户端记者, 本报记者
        String agency = agencyEnd > 0 && agencyEnd < roleEnd ? text.substring(start, agencyEnd) : "";
        return new Credit(Position.OPENING, start, end, agency, "", "", credited);
    }
}
