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
    private final CreditVocabulary vocabulary;
    /** Reads a role and its names without brackets, as a credit line prints them. */
    private final OpeningCredit line;

    ClosingCredit(CreditNames names, CreditVocabulary vocabulary, OpeningCredit line) {
        this.names = names;
        this.vocabulary = vocabulary;
        this.line = line;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Position position() {
        return Position.CLOSING;
    }

    /**
     * The credit that opens at {@code open} and closes its line, or null: in brackets, （记者 赵六）,
     * （某某日报全媒体记者 赵六）, （苗强 李四）, or an outlet alone, （本报记者）, （本刊）; or a name after a
     * mark, ■赵六.
     */
    @Override
    public Credit read(String text, int open, int lineEnd) {
        int last = trimEnd(text, open, lineEnd);
        if (!CreditNames.opensBracket(text.charAt(open))) { // ■苗强: read from the mark, or again from the name
            Credit roled = vocabulary.marks().at(text, open) ? null : roled(text, open, last);
            if (roled != null) {
                return roled; // 全媒体记者:王五 赵六, found after the body's last sentence end
            }
            Name photographer = vocabulary.marks().at(text, open) ? null : names.nameThenRole(text, open, last);
            if (photographer != null) {
                return new Credit(Position.CLOSING, open, last, "", "", "", List.of(photographer)); // 韩冬 摄
            }
            Credit supplied = vocabulary.marks().at(text, open) ? null : supplied(text, open, last);
            if (supplied != null) {
                return supplied; // 区政府办 供稿
            }
            int name = vocabulary.marks().at(text, open) ? skipSpace(text, open + 1, last) : open;
            List<Name> one = names.surnamed(text, name, last);
            return one.size() == 1 ? new Credit(Position.CLOSING, name, last, "", "", "", one) : null;
        }
        LexiconTrie.Matches roleHits = names.roles().lazy(text);
        int roleStart = skipSpace(text, open + 1, last);
        int inside = trimEnd(text, roleStart, last - 1);
        int outlet = vocabulary.outletEnd(text, roleStart, inside);
        int roleAt = roleHits.endAt(roleStart) >= 0 ? roleStart : vocabulary.creditRoleAt(text, roleStart, inside);
        if (roleAt < 0 && outlet == inside || roleAt == roleStart && roleHits.endAt(roleStart) == inside) {
            // （本刊）, （本报记者）: the outlet credits the article, no name is printed
            String agency = outlet > 0 ? text.substring(roleStart, outlet) : "";
            return agency.isEmpty() ? null : new Credit(Position.CLOSING, open, last, agency, "", "", List.of());
        }
        int closingWord = names.closingWordBefore(text, roleStart, inside);
        String given = closingWord < 0 ? "" : names.roleGivenBy(text, closingWord, inside);
        List<Name> photographed = roleAt >= 0 || given.isEmpty() ? List.of()
                : names.leadSurnamed(text, roleStart, closingWord);
        if (!photographed.isEmpty()) { // （孔丽摄）: the names before the closing word have the role it gives
            return new Credit(Position.CLOSING, open, last, "", "", "", CreditNames.given(photographed, given));
        }
        int namesEnd = closingWord < 0 ? -1 : trimEnd(text, roleStart, closingWord);
        List<Name> reporters = roleAt >= 0 || closingWord < 0 || !given.isEmpty() || vocabulary.endsAsOffice(text, roleStart, namesEnd)
                ? List.of() : names.leadSurnamed(text, roleStart, namesEnd);
        if (!reporters.isEmpty() && reporters.get(reporters.size() - 1).end() == namesEnd) {
            return new Credit(Position.CLOSING, open, last, "", "", "", reporters); // （欧阳青报道）: the reporters' names
        }
        if (roleAt < 0 && closingWord >= roleStart + 2 && Han.all(text, roleStart, closingWord)) {
            // （区政府办供稿）: an office credits the article and no name is printed
            return new Credit(Position.CLOSING, open, last, text.substring(roleStart, closingWord), "", "", List.of());
        }
        int body = roleAt < 0 ? vocabulary.creditingBodyEnd(text, roleStart, inside) : -1;
        if (body > 0) {
            // （青山发布）, （融媒体 林晓 司马言）, （区人大办 林晓）: an outlet or an office, then the names it credits
            int rest = names.afterSupplied(text, skipSpace(text, body, inside), inside); // （组织处供稿: 孔丽）
            List<Name> after = body == inside ? List.of() : names.leadSurnamed(text, rest, last - 1);
            if (body == inside || rest > body && !after.isEmpty()
                    && onlySpaceBetween(text, names.notesEnd(text, after.get(after.size() - 1).end(), last - 1), last - 1)) {
                return new Credit(Position.CLOSING, open, last, text.substring(roleStart, body), "", "", after);
            }
        }
        List<Name> credited = roleAt < 0 ? names.leadSurnamed(text, roleStart, last - 1)
                : names.names(text, roleAt, last - 1, roleHits);
        List<Name> glued = roleAt < 0 && credited.size() <= 1 ? names.glued(text, roleStart, inside) : List.of();
        if (!glued.isEmpty()) {
            credited = glued; // （王立新张海燕）: two names run together, read as one or none
        }
        if (credited.isEmpty()
                || !onlySpaceBetween(text, names.notesEnd(text, credited.get(credited.size() - 1).end(), last - 1), last - 1)) {
            return null;
        }
        String agency = roleAt > roleStart ? text.substring(roleStart, trimEnd(text, roleStart, roleAt)) : "";
        return new Credit(Position.CLOSING, open, last, agency, "", "", credited);
    }

    /**
     * （记者 赵六） or, right after a sentence end, （苗强） or ■苗强 closing {@code text[from, lineEnd)}.
     */
    Credit find(String text, int from, int lineEnd, boolean afterBody) {
        int last = trimEnd(text, from, lineEnd);
        if (last <= from) {
            return null;
        }
        if (text.charAt(last - 1) != '）' && text.charAt(last - 1) != ')') {
            Credit marked = markedName(text, from, last, lineEnd);
            return marked != null ? marked : afterLastSentence(text, from, last);
        }
        int open = Math.max(text.lastIndexOf('（', last - 1), text.lastIndexOf('(', last - 1));
        if (open < from) {
            return null;
        }
        if (vocabulary.creditRoleAt(text, skipSpace(text, open + 1, last), last) < 0
                && names.roles().lazy(text).endAt(skipSpace(text, open + 1, last)) < 0) {
            // names alone in brackets only right after a sentence end: ……。（苗强）
            int before = open;
            while (before > from && CreditNames.space(text.charAt(before - 1))) {
                before--;
            }
            if (before == from ? !afterBody : !Punctuation.SENTENCE_STOPS.has(text.charAt(before - 1))) {
                return null; // …… ⏎（苗强）: a bracket alone on its line, after the body, credits too
            }
        }
        return read(text, open, lineEnd);
    }

    /**
     * ……会议。 全媒体记者:王五 赵六: a role (or an outlet and a role) and its names after the last
     * sentence end, closing the paragraph without brackets; or a name and the role it took, 韩冬 摄.
     */
    private Credit afterLastSentence(String text, int from, int last) {
        int stop = last - 1;
        while (stop > from && !Punctuation.SENTENCE_STOPS.has(text.charAt(stop))) {
            stop--;
        }
        Credit supplied = supplied(text, stop <= from ? from : skipSpace(text, stop + 1, last), last);
        if (supplied != null) {
            return supplied; // 区政府办 供稿, after the body or on its own line
        }
        int p = stop <= from ? last : skipSpace(text, stop + 1, last);
        Credit roled = p < last ? roled(text, p, last) : null;
        if (roled != null && photographed(text, last) && oneSentence(text, from, stop)) {
            // ……开幕。记者 韩 冬 摄 after the paragraph's one sentence: a caption's photographer too
            return new Credit(Position.CAPTION, roled.begin(), roled.end(), roled.agency(), "", "", roled.names());
        }
        Name photographer = p < last && roled == null ? names.nameThenRole(text, p, last) : null;
        return photographer == null ? roled // ……讲话。韩冬 摄: a caption's photographer
                : new Credit(Position.CAPTION, p, last, "", "", "", List.of(photographer));
    }

    /** The office that supplied the story, its closing word ending at {@code last} (区政府办 供稿), as a credit; or null. */
    private Credit supplied(String text, int p, int last) {
        int office = vocabulary.officeSupplied(text, p, last);
        return office > 0 ? new Credit(Position.CLOSING, p, last, text.substring(p, office), "", "", List.of()) : null;
    }

    /** {@code text} ends at {@code last} with a word that gives the names before it the photographer's role (摄). */
    private boolean photographed(String text, int last) {
        return vocabulary.photographs().stream().anyMatch(word -> text.startsWith(word, last - word.length()));
    }

    /** {@code text[from, stop)} holds no sentence stop: the stop at {@code stop} ends the paragraph's only sentence. */
    private static boolean oneSentence(String text, int from, int stop) {
        for (int i = from; i < stop; i++) {
            if (Punctuation.SENTENCE_STOPS.has(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A role (or an outlet and a role) at {@code p} and names to {@code last}, without brackets. */
    private Credit roled(String text, int p, int last) {
        Credit c = line.roled(text, p, last);
        return c == null || !onlySpaceBetween(text, c.end(), last) ? null
                : new Credit(Position.CLOSING, c.begin(), c.end(), c.agency(), "", "", c.names());
    }

    /** ……。 ■苗强: a mark and one name, right after a sentence end, closing the paragraph. */
    private Credit markedName(String text, int from, int last, int lineEnd) {
        int mark = last - 1;
        while (mark > from && !vocabulary.marks().at(text, mark) && last - mark <= 6) {
            mark--;
        }
        int before = mark;
        while (before > from && CreditNames.space(text.charAt(before - 1))) {
            before--;
        }
        if (!vocabulary.marks().at(text, mark) || before == from
                || !Punctuation.SENTENCE_STOPS.has(text.charAt(before - 1))) {
            return null;
        }
        return read(text, mark, lineEnd);
    }
}
