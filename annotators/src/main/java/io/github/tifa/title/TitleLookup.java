package io.github.tifa.title;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.WordClass.Level;
import io.github.tifa.lexicon.WordClass.Organ;
import io.github.tifa.lexicon.WordClass.TitleContext;
import io.github.tifa.lexicon.WordClass;
import io.github.tifa.reflow.Han;
import io.github.tifa.segment.SpanIndex;
import io.github.tifa.segment.TagGroup;
import io.github.tifa.segment.TokenIndex;

/** The lexicon matches of one text, and the leftward reading of a title. */
record TitleLookup(String text, LexiconTrie.Matches organHits, LexiconTrie.Matches levelHits,
        LexiconTrie.Matches placeHits, LexiconTrie.Matches contextHits, SpanIndex<NamedEntity> persons, Shapes shapes,
        TokenIndex tokens) {
    /** Longest organ alternative in brackets, in characters: 组织部（人力资源部）. */
    private static final int MAX_ALTERNATIVE = 12;
    /** Longest organ name known only by its suffix, in characters. */
    private static final int MAX_ORGAN_NAME = 16;

    /** The one-character word classes the rules test character by character. */
    record Shapes(LexiconTrie.CharClass organEnds, LexiconTrie.CharClass shortOrganEnds, LexiconTrie.CharClass levelChars,
            LexiconTrie.CharClass clauseLinks, LexiconTrie.CharClass measures, LexiconTrie.CharClass numerals,
            LexiconTrie.CharClass holderBefore) {
    }

    /** The longest context word at {@code pos} has the class {@code cls}. */
    boolean has(int pos, WordClass cls) {
        Lexicon.Entry e = pos < 0 ? null : contextHits.entryAt(pos);
        return e != null && e.is(cls);
    }

    /** Back from {@code begin} over a FORMER word (原) and a count (5位): where the holders' 等 would end (…等5位原市级领导). */
    int pastCountAndFormer(int begin) {
        int p = endsWith(begin, TitleContext.FORMER) ? contextHits.beginAt(begin) : begin;
        int count = countBegin(p);
        return count >= 0 ? count : p;
    }

    /** Where a count (5位, 二十名: digits or numerals, then a MEASURE) that ends at {@code end} begins; -1 if none does. */
    int countBegin(int end) {
        if (end < 2 || !shapes.measures().has(text.charAt(end - 1))) {
            return -1;
        }
        int n = end - 1;
        while (n > 0 && (Character.isDigit(text.charAt(n - 1)) || shapes.numerals().has(text.charAt(n - 1)))) {
            n--;
        }
        return n < end - 1 ? n : -1;
    }

    /** The longest context word ending at {@code end} has the class {@code cls}. */
    boolean endsWith(int end, WordClass cls) {
        Lexicon.Entry e = end <= 0 ? null : contextHits.entryEndingAt(end);
        return e != null && e.is(cls);
    }

    boolean han(int pos) {
        return pos >= 0 && pos < text.length()
                && Han.at(text, pos);
    }

    /** Begin of a level or place word ending at {@code end}, or -1. */
    int levelOrPlace(int end) {
        int level = levelHits.beginAt(end);
        int place = placeHits.beginAt(end);
        return level < 0 ? place : place < 0 ? level : Math.min(level, place);
    }

    /**
     * Where an organ begins whose last character is the post's first (宣传部长 = 宣传部 + 部长, 公安局长),
     * or -1.
     */
    int sharedOrganBegin(int postBegin) {
        int begin = postBegin + 1 <= text.length() ? organHits.beginAt(postBegin + 1) : -1;
        return begin >= 0 && begin < postBegin ? begin : -1;
    }

    /**
     * Leftwards from the post over organ, level and place words, organ names known by their
     * suffix (市老区建设促进会), a township's name before 镇/乡/村 (贾宋镇), and bracketed
     * alternatives (组织部（人力资源部）, 县（市、区）). Never into a person's name.
     */
    int extendLeft(int postBegin) {
        // 大学|校长 before 学校 + 校长: an organ that ends where the post begins shares no character
        int shared = organHits.beginAt(postBegin) >= 0 ? -1 : sharedOrganBegin(postBegin);
        int cur = shared >= 0 ? shared : beforePrincipal(postBegin);
        int term = termBegin(cur);
        if (term >= 0) {
            cur = term; // 区工商联第五届|主席: the term of the body whose post it is
        }
        while (cur > 0 && persons.covering(cur - 1) == null) { // a name is never part of a title (周建平书记)
            char before = text.charAt(cur - 1);
            if (before == '”') {
                int open = quotedOrgan(cur - 1);
                if (open < 0) {
                    break;
                }
                cur = open; // 县“四大家”领导: the leadership group in quotation marks
                continue;
            }
            if (before == '）' || before == ')') {
                int open = alternativeOpen(cur - 1);
                if (open > 0 && (organHits.beginAt(open) >= 0 || levelOrPlace(open) >= 0 || suffixOrgan(open) >= 0)) {
                    cur = open;
                    continue;
                }
                break;
            }
            int best = -1;
            int organ = organHits.beginAt(cur);
            if (organ >= 0) {
                Lexicon.Entry e = organHits.entryEndingAt(cur);
                if (!e.is(Organ.AFTER_LEVEL) || levelOrPlace(organ) >= 0) {
                    best = organ;
                }
                if (best == organ && levelHits.endAt(organ) == cur && namesATown(levelHits.entryAt(organ))) {
                    best = namedBefore(organ); // 幸福社区书记: 社区 is an organ and a level, named before
                }
            }
            int lp = levelOrPlaceAfterNames(cur);
            if (lp >= 0 && (best < 0 || lp < best)) {
                best = lp;
                best = townName(cur, best);
            }
            int named = suffixOrgan(cur);
            if (named >= 0 && (best < 0 || named < best)) {
                best = named; // 贾宋镇惠丰种植专业合作社, 河北聚合新材料科技有限公司
            }
            if (best < 0 && cur < postBegin && cur >= 1 && shapes.organEnds().has(text.charAt(cur - 1)) && !han(cur - 2)
                    && persons.covering(cur - 1) == null) {
                return cur - 1; // 。局党组书记: the office the article is about, by its last character, opening the clause
            }
            if (best < 0 && cur == postBegin) {
                best = shortOrgan(cur); // ，提案委主任, 、党政办主任, and levels in brackets before it
            }
            int own = ownLevelEnd(best);
            if (own > best) {
                best = own < cur ? own : -1; // 我市|市委常委: the organisation begins after the pronoun
            }
            if (best < 0 || !clearOfNames(best, cur)) {
                break;
            }
            cur = organOverlapping(best, cur);
        }
        return ownNameBefore(cur);
    }

    /** Characters of a company's or zone's own name before its head, at most (绿源农业科技|有限公司). */
    private static final int MAX_OWN_NAME = 10;

    /**
     * Where a company's or a zone's own name begins when the organisation read so far opens with an enterprise organ
     * or a zone's level word ({@code cur}) and the words before it, back to the clause's start, name it: two to ten Han
     * characters, no name, and no verb, function word, pronoun or post among HanLP's words (，青禾集团董事长,
     * 、茶叶加工园区党工委书记; not 同时公司董事长). Else {@code cur}.
     */
    private int ownNameBefore(int cur) {
        Lexicon.Entry organ = organHits.entryAt(cur);
        Lexicon.Entry level = levelHits.entryAt(cur);
        if (!(organ != null && organ.is(Organ.ENT) || level != null && level.is(Level.ZONE))) {
            return cur;
        }
        int start = cur;
        while (start > 0 && cur - start < MAX_OWN_NAME && han(start - 1) && persons.covering(start - 1) == null) {
            start--;
        }
        if (cur - start < 2 || han(start - 1) || persons.covering(start - 1) != null || tokens.startingAt(start) == null) {
            return cur;
        }
        for (int i = start; i < cur; i++) {
            Token t = tokens.covering(i);
            if (t == null || t.getEnd() > cur || TagGroup.PLAIN_VERB.has(t) || TagGroup.FUNCTION_WORD.has(t)
                    || TagGroup.PRONOUN.has(t) || TagGroup.POST_NOUN.has(t)) {
                return cur;
            }
        }
        return start;
    }

    /**
     * Where a body's term (第五届, 九届) that ends at {@code end} begins when an organ or a level ends right before it;
     * -1 otherwise.
     */
    private int termBegin(int end) {
        if (end < 3 || !endsWith(end, TitleContext.TERM_END)) {
            return -1;
        }
        int b = end - 1;
        while (b > 0 && (Character.isDigit(text.charAt(b - 1)) || shapes.numerals().has(text.charAt(b - 1)))) {
            b--;
        }
        if (b == end - 1) {
            return -1;
        }
        if (endsWith(b, TitleContext.ORDINAL_MARK)) {
            b = contextHits.beginAt(b);
        }
        return organHits.beginAt(b) >= 0 || levelOrPlace(b) >= 0 ? b : -1;
    }

    /**
     * Where the pronoun HanLP read around {@code begin} ends when its level is printed again right after it (我市|市委常委,
     * 我县|县委书记: the paper's own place, then the organ's own level); -1 otherwise (各县（市、区）党委: 各 alone is left out).
     */
    private int ownLevelEnd(int begin) {
        Token t = begin >= 0 ? tokens.covering(begin) : null;
        if (t == null || t.getBegin() >= begin || !TagGroup.PRONOUN.has(t) || t.getEnd() >= text.length()) {
            return -1;
        }
        return text.charAt(t.getEnd() - 1) == text.charAt(t.getEnd()) ? t.getEnd() : -1;
    }

    /** Characters of an office's or committee's short name, at most (教科卫体委). */
    private static final int MAX_SHORT_ORGAN = 5;

    /**
     * The short name of an office or committee that ends at {@code end}: two to five Han characters, the last
     * a SHORT_ORGAN_END (提案委, 党政办), opening the clause or list item, no name nor verb of two characters in it; -1 when none.
     */
    private int shortOrgan(int end) {
        if (end < 2 || !shapes.shortOrganEnds().has(text.charAt(end - 1))) {
            return -1;
        }
        for (int begin = end - 2; begin >= end - MAX_SHORT_ORGAN && han(begin); begin--) {
            if (!han(begin - 1)) {
                boolean plain = tokens.startingAt(begin) != null;
                for (int i = begin; plain && i < end; i++) {
                    Token t = tokens.covering(i); // a verb of one character is a syllable of the short name (教|科|卫|体委)
                    plain = !(TagGroup.PLAIN_VERB.has(t) && t.getEnd() - t.getBegin() >= 2) && persons.covering(i) == null;
                }
                return plain ? begin : -1;
            }
        }
        return -1;
    }

    /**
     * Where the organisation before a post ends when a PRINCIPAL word (主要) stands between them and an
     * organ, level or place ends right before it (市委主要领导: 主要 is part of the organisation); else the post's begin.
     */
    int beforePrincipal(int postBegin) {
        if (!endsWith(postBegin, TitleContext.PRINCIPAL)) {
            return postBegin;
        }
        int b = contextHits.beginAt(postBegin);
        boolean organised = organHits.beginAt(b) >= 0 || levelOrPlace(b) >= 0 || b > 0 && text.charAt(b - 1) == '”';
        return organised ? b : postBegin;
    }

    /**
     * {@link #levelOrPlace}, but a place that a name's last character or a conjunction after a name begins
     * is read as its level word alone (林晓和|县法院), or not at all; -1 when none.
     */
    private int levelOrPlaceAfterNames(int end) {
        int lp = levelOrPlace(end);
        if (lp >= 0 && !clearOfNames(lp, end)) {
            lp = levelHits.beginAt(end);
        }
        return lp >= 0 && clearOfNames(lp, end) ? lp : -1;
    }

    /**
     * A word [begin, end) may join the title: no name covers it (欧阳平|和副主任: not 平和), and it does not
     * open with a conjunction right after a name (林晓和县法院院长: 和 joins, 和县 is not read).
     */
    private boolean clearOfNames(int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (persons.covering(i) != null) {
                return false;
            }
        }
        return begin == 0 || persons.covering(begin - 1) == null || !shapes.clauseLinks().has(text.charAt(begin));
    }

    /** 民盟|市委会 read as 盟市 (a level) + 委会: an organ that ends inside the word taken at {@code best} and begins before it. */
    private int organOverlapping(int best, int cur) {
        for (int end = best + 1; end < cur; end++) {
            int organ = organHits.beginAt(end);
            if (organ >= 0 && organ < best) {
                return organ;
            }
        }
        return best;
    }

    /** The opening mark of an organ in quotation marks closed at {@code close} (“四大家”), or -1. */
    private int quotedOrgan(int close) {
        int organ = organHits.beginAt(close);
        if (organ < 1 || text.charAt(organ - 1) != '“') {
            return -1;
        }
        Lexicon.Entry e = organHits.entryEndingAt(close);
        return !e.is(Organ.AFTER_LEVEL) || levelOrPlace(organ - 1) >= 0 ? organ - 1 : -1;
    }

    /** 贾宋镇: the two or three characters naming a township or village before its level word. */
    private int townName(int end, int levelBegin) {
        Lexicon.Entry level = levelHits.entryEndingAt(end);
        if (levelHits.beginAt(end) != levelBegin || !namesATown(level)) {
            return levelBegin;
        }
        return namedBefore(levelBegin);
    }

    /** A township's or village's level word (镇, 乡, 村, 社区): a name of its own may stand before it. */
    private static boolean namesATown(Lexicon.Entry level) {
        return level != null && (level.is(Level.TOWNSHIP) || level.is(Level.VILLAGE));
    }

    /**
     * Where a township's, village's or community's name of two or three characters begins before its level word at
     * {@code levelBegin} (贾宋|镇, 幸福|社区), or {@code levelBegin} itself when none does.
     */
    private int namedBefore(int levelBegin) {
        for (int length = 3; length >= 2; length--) {
            int b = levelBegin - length;
            boolean allHan = true;
            for (int i = b; i < levelBegin && allHan; i++) {
                allHan = han(i) && !shapes.measures().has(text.charAt(i)) && !shapes.clauseLinks().has(text.charAt(i))
                        && !has(i, TitleContext.DETERMINER); // 各乡镇: 各 names no township
            }
            // before the name: no Han, a level, place or organ, a particle (为青禾镇镇长, 和石岭乡), or an adverb
            // or a word of time HanLP read (随后青溪镇镇长)
            if (b >= 0 && allHan && !wordOfNoTown(b, levelBegin) && (!han(b - 1) || levelOrPlace(b) >= 0 || organHits.beginAt(b) >= 0
                    || shapes.clauseLinks().has(text.charAt(b - 1)) || TagGroup.BEFORE_TOWN_NAME.has(tokens.endingAt(b)))) {
                return b;
            }
        }
        return levelBegin;
    }

    /**
     * HanLP read the end of [b, end) as a verb, adverb or word of time or place of two characters or more (听取镇,
     * 最后镇, 镇听取镇): no township's name.
     */
    private boolean wordOfNoTown(int b, int end) {
        Token t = tokens.endingAt(end);
        return t != null && t.getBegin() >= b && t.getEnd() - t.getBegin() >= 2 && TagGroup.NO_TOWN_NAME.has(t);
    }

    /**
     * An organ not in the lexicon but known by its suffix (…审批局, …促进会, …合作社): it reaches
     * left to the first level or place word, or organ of its own (地委第二巡察组), of the same run of Han characters.
     * -1 when none.
     */
    private int suffixOrgan(int end) {
        boolean suffix = false;
        for (int length = 1; length <= 3 && !suffix; length++) {
            Lexicon.Entry e = contextHits.entryAt(end - length);
            suffix = e != null && contextHits.endAt(end - length) == end && e.is(TitleContext.ORGAN_SUFFIX);
        }
        Token last = tokens.endingAt(end);
        if (!suffix || last != null && last.getEnd() - last.getBegin() >= 2 && TagGroup.PLAIN_VERB.has(last)) {
            return -1; // 学习领会|省委: the suffix's character ends a verb
        }
        int leftmost = -1;
        int leftmostEnd = -1;
        for (int b = end - 2; b >= Math.max(0, end - MAX_ORGAN_NAME) && han(b) && persons.covering(b) == null
                && !shapes.clauseLinks().has(text.charAt(b)) && !predicateEndsAt(b + 1); b--) {
            int lp = levelOrPlaceAfterNames(b + 1);
            if (lp >= 0 && lp <= b) {
                leftmost = lp;
                leftmostEnd = b + 1;
            } else {
                int own = ownOrganBegin(b + 1);
                if (own >= 0) {
                    leftmost = own; // 地委|第一巡察组: an organ of its own opens the name as a level would
                    leftmostEnd = b + 1;
                }
            }
        }
        return leftmost < 0 ? -1 : townName(leftmostEnd, leftmost);
    }

    /** Where an organ of the lexicon that needs no level before it (地委, 党工委; not 委) ends at {@code end}, or -1. */
    private int ownOrganBegin(int end) {
        int organ = organHits.beginAt(end);
        return organ >= 0 && !organHits.entryEndingAt(end).is(Organ.AFTER_LEVEL) && clearOfNames(organ, end) ? organ : -1;
    }

    /**
     * A verb HanLP read, or a verbal noun, ends at {@code end}, before a level word (青山镇听取|镇党委, 全县上下广泛宣传|县委:
     * what the town or its cadres do is no part of the organ's name; 巡视|组 is, and an ORGAN_VERB: 自治区派驻|盟市…组).
     */
    private boolean predicateEndsAt(int end) {
        Token t = tokens.endingAt(end);
        return t != null && t.getEnd() - t.getBegin() >= 2 && TagGroup.VERB_OR_VERBAL_NOUN.has(t) && end < text.length()
                && shapes.levelChars().has(text.charAt(end)) && !has(t.getBegin(), TitleContext.ORGAN_VERB);
    }

    /** The opening bracket of an alternative closed at {@code close}: （人力资源部）, （市、区）. */
    private int alternativeOpen(int close) {
        for (int i = close - 1; i >= Math.max(0, close - MAX_ALTERNATIVE); i--) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                char last = text.charAt(close - 1);
                return i + 1 < close && (shapes.organEnds().has(last) || shapes.levelChars().has(last))
                        ? i : -1;
            }
            if (!han(i) && c != '、') {
                return -1;
            }
        }
        return -1;
    }
}
