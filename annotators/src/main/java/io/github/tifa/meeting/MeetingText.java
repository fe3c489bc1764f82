package io.github.tifa.meeting;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.WordClass.MeetingContext;
import io.github.tifa.lexicon.WordClass;
import io.github.tifa.model.Punctuation;
import io.github.tifa.reflow.Han;
import io.github.tifa.segment.TagGroup;
import io.github.tifa.segment.TokenIndex;

/**
 * What the meeting rules read of the sentence around a name: whether the article reports the
 * meeting as held or only cites it, the verbs that govern a name, joined heads (暨), brackets.
 */
final class MeetingText {
    private MeetingText() {
    }

    /**
     * 审议通过县九届人大三次会议, 精心筹备好…: the name starts after the verbs that govern it. When only
     * verbs stand before the head, the name is the head alone if it can be ({@code headAlone}: 确保两会,
     * 既是座谈会); else the words stay (表彰大会 where HanLP reads 表彰 as a verb), unless an adverb or an adjective
     * says how the verb is done (要认真筹备会议): then the generic head stands alone and names nothing.
     */
    static int skipLeadingVerbs(TokenIndex tokens, int begin, int headBegin, boolean headAlone) {
        int b = begin;
        boolean manner = false;
        while (b < headBegin) {
            Token t = tokens.startingAt(b);
            if (t == null || t.getEnd() > headBegin || !TagGroup.NOT_OPENING.has(t)) {
                break;
            }
            manner |= TagGroup.MANNER.has(t);
            b = t.getEnd();
        }
        return b < headBegin || headAlone || manner ? b : begin;
    }

    /** 开好会议, 确保大会, 了解会议, 一次重要会议: a verb or an adjective right before a generic head. */
    static boolean objectOfAVerb(TokenIndex tokens, int headBegin) {
        Token before = tokens.endingAt(headBegin);
        return before != null && TagGroup.GOVERNS_OBJECT.has(before);
    }

    /** 把握全会精神: HanLP read a plain verb right before the head. */
    static boolean verbBefore(TokenIndex tokens, int headBegin) {
        Token before = tokens.endingAt(headBegin);
        return before != null && TagGroup.PLAIN_VERB.has(before);
    }

    /** Where the clause that holds {@code pos} begins: after the last CLAUSE_END mark before it. */
    static int clauseStart(String text, int pos) {
        int i = pos;
        while (i > 0 && !Punctuation.CLAUSE_END.has(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static boolean isScope(Lexicon.Entry e) {
        return is(e, MeetingContext.SCOPE);
    }

    static boolean is(Lexicon.Entry e, WordClass wordClass) {
        return e != null && e.is(wordClass);
    }

    /** A JOINER (暨) stands between {@code pos} and the start of its clause. */
    static boolean joinedBefore(String text, int pos, LexiconTrie.Matches contextHits) {
        for (int i = pos - 1; i >= 0 && !Punctuation.MEETING_STOPS.has(text.charAt(i)); i--) {
            if (is(contextHits.entryAt(i), MeetingContext.JOINER)) {
                return true;
            }
        }
        return false;
    }

    /** Where a JOINER stands in the name [begin, end) (揭牌暨开业仪式), or -1. */
    static int joiner(LexiconTrie.Matches contextHits, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (is(contextHits.entryAt(i), MeetingContext.JOINER)) {
                return i;
            }
        }
        return -1;
    }

    /** The opening bracket of a short bracketed place or organ inside a name, or -1. */
    static int bracketOpen(String text, int close) {
        for (int i = close - 1; i >= Math.max(0, close - 8); i--) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                return i + 1 < close && i > 0 && Han.at(text, i - 1) ? i : -1;
            }
            if (!Han.at(text, i)) {
                return -1;
            }
        }
        return -1;
    }

    /** The context lexicon entry that is exactly this token, or null. */
    static Lexicon.Entry contextEntry(LexiconTrie.Matches contextHits, Token t) {
        return contextHits.endAt(t.getBegin()) == t.getEnd() ? contextHits.entryAt(t.getBegin()) : null;
    }

}
