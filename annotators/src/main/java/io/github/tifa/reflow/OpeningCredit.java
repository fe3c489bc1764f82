package io.github.tifa.reflow;

import java.util.ArrayList;
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

    /** Characters an outlet's own name may take before its bracketed credit. */
    private static final int MAX_OUTLET = 12;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Position position() {
        return Position.OPENING;
    }

    /**
     * 本报记者 王五 通讯员 李四, 本报记者王五, 记者王五报道 opening a paragraph; the same in brackets,
     * （记者 王五）; or names without a role before the roled ones, 李四 赵六 本报记者 王五.
     */
    @Override
    public Credit read(String text, int start, int lineEnd) {
        int last = CreditNames.trimEnd(text, start, lineEnd);
        CreditVocabulary.Source source = vocabulary.source(text, start, last);
        if (source != null) { // 来源：青山县广播电视台: what supplied the story credits it, no name is printed
            return new Credit(Position.OPENING, start, last, text.substring(source.begin(), source.end()), "", "", List.of());
        }
        if (start < lineEnd && CreditNames.opensBracket(text.charAt(start))) {
            return bracketed(text, start, lineEnd);
        }
        Credit credit = roled(text, start, lineEnd);
        credit = credit != null ? credit : namesFirst(text, start, lineEnd);
        return credit != null ? credit : outletThenBracket(text, start, lineEnd);
    }

    /** 青山融媒体(记者 林晓 韩冬)4月9日，…: an outlet's own name, then the bracketed credit and the body. */
    private Credit outletThenBracket(String text, int start, int lineEnd) {
        int q = start;
        while (q < lineEnd && q - start <= MAX_OUTLET && Han.at(text, q)) {
            q++;
        }
        if (q == start || q >= lineEnd || !CreditNames.opensBracket(text.charAt(q)) || !vocabulary.endsAsOutlet(text, start, q)) {
            return null;
        }
        Credit inside = bracketed(text, q, lineEnd);
        return inside == null ? null
                : new Credit(Position.OPENING, start, inside.end(), text.substring(start, q), "", "", inside.names());
    }

    /**
     * （记者 王五）7月26日，…: the credit in brackets opening the paragraph, the body after it; a
     * bracket that is the whole paragraph closes the article before it (ClosingCredit).
     */
    private Credit bracketed(String text, int open, int lineEnd) {
        int close = CreditNames.closingBracket(text, open, lineEnd);
        Credit inside = close < 0 ? null : roled(text, open + 1, close);
        if (inside == null || !CreditNames.onlySpaceBetween(text, inside.end(), close)
                || CreditNames.onlySpaceBetween(text, close + 1, lineEnd)) {
            return null;
        }
        return new Credit(Position.OPENING, open, close + 1, inside.agency(), "", "", inside.names());
    }

    /** 李四 赵六 本报记者 王五: names that each start with a surname, then a roled credit to the line's end. */
    private Credit namesFirst(String text, int start, int lineEnd) {
        int p = start;
        List<Name> unroled = new ArrayList<>();
        while (p < lineEnd && vocabulary.creditRoleAt(text, p, lineEnd) != p) {
            int q = CreditNames.nameEnd(text, p, lineEnd, names.roles().lazy(text));
            if (q < 0 || !names.startsWithSurname(text, p) || q >= lineEnd || !RawLine.isSpace(text.charAt(q))) {
                return null;
            }
            unroled.add(new Name("", p, q));
            p = CreditNames.skipSpace(text, q, lineEnd);
        }
        Credit roled = unroled.isEmpty() ? null : roled(text, p, lineEnd);
        if (roled == null || !CreditNames.onlySpaceBetween(text, roled.end(), lineEnd)) {
            return null;
        }
        unroled.addAll(roled.names());
        return new Credit(Position.OPENING, start, roled.end(), roled.agency(), "", "", unroled);
    }

    /** [outlet] role name… [role name…] [closing word] from {@code start}; the closing reader reads it too. */
    Credit roled(String text, int start, int lineEnd) {
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
        String agency = agencyEnd > 0 && agencyEnd < roleEnd
                ? text.substring(start, CreditNames.trimEnd(text, start, agencyEnd)) : "";
        return new Credit(Position.OPENING, start, end, agency, "", "", credited);
    }
}
