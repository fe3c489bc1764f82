package io.github.tifa.reflow;

import static io.github.tifa.reflow.CreditNames.closingBracket;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.model.Punctuation;
import io.github.tifa.reflow.CreditGrammar.Credit;
import io.github.tifa.reflow.CreditGrammar.Name;
import io.github.tifa.reflow.CreditGrammar.Position;

/**
 * {@code byline.dateline}: [citing] outlet [place] [date] kind [（role name… role name…）] at a
 * paragraph's start: 本报济宁讯（记者 曹俐 通讯员 康凯）, 新华社北京3月5日电（记者 张三）, 本报讯（王芳）.
 */
final class DatelineCredit implements CreditReader {
    static final String NAME = "byline.dateline";
    private static final int MAX_PLACE = 10;
    private final CreditVocabulary vocabulary;
    private final CreditNames names;
    private final Pattern date;
    /** A day without its month (本报17日讯), read only right before a dateline's kind. */
    private final Pattern day;

    DatelineCredit(CreditVocabulary vocabulary, CreditNames names, Pattern date, Pattern day) {
        this.vocabulary = vocabulary;
        this.names = names;
        this.date = date;
        this.day = day;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Position position() {
        return Position.DATELINE;
    }

    /** 本报济宁讯（记者 曹俐）, 据新华社北京3月5日电. */
    @Override
    public Credit read(String text, int start, int lineEnd) {
        LexiconTrie.Matches roleHits = names.roles().lazy(text);
        int p = start;
        int citing = vocabulary.citingAt(text, p);
        if (citing > 0 && vocabulary.outletEnd(text, p + citing, lineEnd) > 0) {
            p += citing;
        }
        int agencyEnd = vocabulary.outletEnd(text, p, lineEnd);
        if (agencyEnd < 0 || roleHits.endAt(p) > agencyEnd) {
            return null; // 本报记者 … is a credit line
        }
        String agency = text.substring(p, agencyEnd);
        int q = agencyEnd;
        int placeBegin = q;
        while (q < lineEnd && q - placeBegin <= MAX_PLACE && Han.at(text, q) && vocabulary.kindAt(text, q) == 0
                && !date.matcher(text).region(q, lineEnd).lookingAt()) {
            q++;
        }
        String place = text.substring(placeBegin, q);
        String dateline = "";
        Matcher dated = date.matcher(text).region(q, lineEnd);
        Matcher dayOnly = day.matcher(text).region(q, lineEnd);
        if (dated.lookingAt()) {
            dateline = dated.group();
            q = dated.end();
        } else if (dayOnly.lookingAt() && vocabulary.kindAt(text, dayOnly.end()) > 0) {
            dateline = dayOnly.group(); // 本报17日讯: the day alone, right before the kind
            q = dayOnly.end();
        }
        int kind = vocabulary.kindAt(text, q);
        if (kind == 0 || place.length() > MAX_PLACE) {
            return null;
        }
        boolean bracketed = vocabulary.bracketedKindAt(text, q);
        q += kind;
        Credit credit = afterKind(text, q, lineEnd, roleHits);
        if (bracketed && (credit == null || credit.names().isEmpty())) {
            return null; // 媒体报道(见下图): 报道 closes a dateline only before a credit that names its reporters
        }
        int end = credit != null ? credit.end()
                : Punctuation.ROLE_MARKS.has(text.charAt(q - 1)) ? q - 1 : q; // 云上青山报道:5月19日，…: the colon opens the body
        List<Name> credited = credit == null ? List.of() : credit.names();
        return new Credit(Position.DATELINE, start, end, agency, place, dateline, credited);
    }

    /**
     * The credit right after a dateline's kind at {@code q}: （role name…）, （name…） or, after a space,
     * role name… (本报讯 记者 王燕); null when none.
     */
    private Credit afterKind(String text, int q, int lineEnd, LexiconTrie.Matches roleHits) {
        while (q < lineEnd && CreditNames.space(text.charAt(q))) {
            q++; // 马尾新闻网讯 （记者 李朔）, 本报讯 记者 王燕8月23日
        }
        int lineRole = q < lineEnd && !CreditNames.opensBracket(text.charAt(q)) ? vocabulary.creditRoleAt(text, q, lineEnd) : -1;
        if (lineRole >= q && roleHits.endAt(lineRole) > 0) {
            // 本报讯 记者 王燕, 某某讯 某某日报记者 林晓 韩冬: the roles and names after the kind
            List<Name> credited = names.names(text, lineRole, lineEnd, roleHits);
            return credited.isEmpty() ? null : new Credit(Position.DATELINE, q,
                    names.closingWord(text, credited.get(credited.size() - 1).end(), lineEnd, roleHits), "", "", "", credited);
        }
        if (q < lineEnd && CreditNames.opensBracket(text.charAt(q))) {
            int close = closingBracket(text, q, lineEnd);
            if (close > 0) {
                // （青山市融媒体中心记者 林晓）: an outlet's own name before the role
                int roleAt = vocabulary.creditRoleAt(text, CreditNames.skipSpace(text, q + 1, close), close);
                List<Name> inside = names.names(text, roleAt > q ? roleAt : q + 1, close, roleHits);
                if (inside.isEmpty()) {
                    inside = names.surnamed(text, q + 1, close); // 本报讯（王芳）: names without a role
                }
                int from = CreditNames.skipSpace(text, q + 1, close);
                int station = inside.isEmpty() ? vocabulary.creditingBodyEnd(text, from, close) : -1;
                if (station > from && station < close && CreditNames.space(text.charAt(station))) {
                    // 青山广电讯（北坡台 林晓）: the station or office that reported, then its reporters without a role
                    inside = names.surnamed(text, CreditNames.skipSpace(text, station, close), close);
                }
                if (!inside.isEmpty() && inside.get(inside.size() - 1).end() <= close) {
                    return new Credit(Position.DATELINE, q, close + 1, "", "", "", inside);
                }
                int roleEnd = roleHits.endAt(CreditNames.skipSpace(text, q + 1, close));
                if (inside.isEmpty() && roleEnd > 0 && CreditNames.skipSpace(text, roleEnd, close) == close) {
                    return new Credit(Position.DATELINE, q, close + 1, "", "", "", List.of()); // 本报讯（本报记者）: the role alone
                }
            }
        }
        return null;
    }
}
