package io.github.tifa.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.LexiconFile;
import io.github.tifa.lexicon.WordClass.PersonContext;
import io.github.tifa.lexicon.WordClass;
import io.github.tifa.model.Punctuation;
import io.github.tifa.reflow.Han;
import io.github.tifa.segment.TagGroup;
import io.github.tifa.rules.Page;
import io.github.tifa.segment.TokenIndex;
import io.github.tifa.type.Byline;
import io.github.tifa.type.Contributor;

/** What the person rules see of one document: its text, lexicon matches and tokens, and the checks they share. */
final class PersonPage {
    /** Longest quotation, in characters, that counts as a catchphrase rather than speech. */
    private static final int SHORT_QUOTE = 12;

    /** The lexicons the person rules read. */
    record Lexicons(LexiconTrie posts, LexiconTrie surnames, LexiconTrie context, LexiconTrie places,
            LexiconTrie.CharClass levelChars, LexiconTrie.CharClass organEnds, LexiconTrie.CharClass datelineKinds,
            LexiconTrie.CharClass numerals, LexiconTrie.CharClass provinceShorts) {
    }

    private final LexiconTrie places;
    private final LexiconTrie.CharClass levelChars;
    private final LexiconTrie.CharClass organEnds;
    /** A province's one-character name (川, 闽): 来 or 赴 and one of them is a visit, not a name (总书记来川). */
    private final LexiconTrie.CharClass provinceShorts;
    private final LexiconTrie.CharClass datelineKinds;
    private final LexiconTrie.CharClass numerals;
    final String text;
    final LexiconTrie.Matches postHits;
    final LexiconTrie.Matches surnameHits;
    final LexiconTrie.Matches contextHits;
    final TokenIndex tokens;

    /** The names the bylines credit, [begin, end) each. */
    final List<int[]> contributors = new ArrayList<>();
    /** The places of the bylines' datelines (本报济宁讯: 济宁): never a person. */
    final Set<String> bylinePlaces = new HashSet<>();
    /** HanLP's name guesses, in text order. */
    final List<Token> personTokens = new ArrayList<>();

    PersonPage(JCas jcas, Lexicons lexicons) {
        Page page = Page.of(jcas);
        text = page.text();
        postHits = page.matches(lexicons.posts());
        surnameHits = page.lookups(lexicons.surnames()); // consulted at a few candidate positions
        contextHits = page.matches(lexicons.context());
        for (Contributor c : JCasUtil.select(jcas, Contributor.class)) {
            contributors.add(new int[] {c.getBegin(), c.getEnd()});
        }
        for (Byline b : JCasUtil.select(jcas, Byline.class)) {
            if (b.getPlace() != null && !b.getPlace().isEmpty()) {
                bylinePlaces.add(b.getPlace());
            }
        }
        for (Token t : jcas.select(Token.class)) { // streamed from the index, not copied into a list
            if (TokenIndex.isPerson(t)) {
                personTokens.add(t);
            }
        }
        places = lexicons.places();
        levelChars = lexicons.levelChars();
        organEnds = lexicons.organEnds();
        provinceShorts = lexicons.provinceShorts();
        datelineKinds = lexicons.datelineKinds();
        numerals = lexicons.numerals();
        tokens = page.tokens();
    }

    private List<int[]> namesAfterPosts;

    /**
     * Each name right after a post, as {@code [begin, end]}, in text order: read once for the rules
     * that take them (person.after-post) and that go on along their lists (person.after-post-list).
     */
    List<int[]> namesAfterPosts() {
        if (namesAfterPosts == null) {
            namesAfterPosts = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                int postEnd = postHits.endAt(i);
                int[] name = postEnd > 0 ? nameAt(postEnd) : null;
                if (postEnd > 0 && name == null) {
                    name = wordAsHolder(postEnd);
                }
                if (postEnd > 0 && name == null) {
                    name = nameOfNoKnownSurname(postEnd);
                }
                if (postEnd > 0 && name == null) {
                    name = nameCutByHanLp(postEnd);
                }
                int[] last = namesAfterPosts.isEmpty() ? null : namesAfterPosts.get(namesAfterPosts.size() - 1);
                if (name != null && (last == null || last[0] != name[0])) { // 副理事长 and 理事长 end at one name
                    namesAfterPosts.add(name);
                }
            }
        }
        return namesAfterPosts;
    }

    /**
     * An ordinary two-character word HanLP read right after a post, [begin, end), when it has a name's
     * shape: a noun, adjective or place word that starts with a surname, then a mark or a word that
     * follows names (主任白露，, 主席林泉主持). A post wants its holder there; null otherwise.
     */
    private int[] wordAsHolder(int begin) {
        Token t = tokens.startingAt(begin);
        if (t == null || t.getEnd() - begin != 2 || !TagGroup.NAME_SHAPED_WORD.has(t) || surnameHits.endAt(begin) != begin + 1
                || has(begin, PersonContext.NOT_NAME)) {
            return null;
        }
        int end = t.getEnd();
        boolean ends = end < text.length() && Punctuation.STATEMENT_MARKS.has(text.charAt(end))
                || has(end, PersonContext.FOLLOWER) || has(end, PersonContext.AFTER_NAME);
        return ends ? new int[] {begin, end} : null;
    }

    /**
     * A name of three characters right after a post that HanLP cut into a word and a character (副市长张大|为、周艳):
     * a surname opens it, and an enumeration mark before a name HanLP knew, or a {@code FOLLOWER} word, closes it;
     * a list item's shape (no post, place, level or organ's end). Null otherwise.
     */
    private int[] nameCutByHanLp(int begin) {
        int end = begin + 3;
        Token word = tokens.startingAt(begin);
        Token last = tokens.startingAt(begin + 2);
        if (end + 1 >= text.length() || surnameHits.endAt(begin) != begin + 1 || word == null || word.getEnd() != begin + 2
                || last == null || last.getEnd() != end || isOrgan(word) || TagGroup.POST_NOUN.has(word)
                || TagGroup.PRONOUN.has(last)) {
            return null; // 领导来到|各小组: the last character is a pronoun, no given name
        }
        boolean listed = text.charAt(end) == '、' && isPersonToken(tokens.startingAt(end + 1));
        return (listed || has(end, PersonContext.FOLLOWER)) && plausibleListItem(begin, end) ? new int[] {begin, end} : null;
    }

    /** Characters of a name of no known surname, at most (Mongolian names run to six: 额尔敦满都拉). */
    private static final int MAX_UNMARKED_NAME = 6;

    /**
     * A name of no known surname right after a post, [begin, end) (主任额尔满都拉，, 盟长奇巴特尔深入):
     * Mongolian, Tibetan and Yi names print none, and HanLP cuts them into pieces. The post before and a
     * comma, an enumeration mark or a {@code FOLLOWER} word after bound two to six Han characters, which
     * HanLP opens with a word of a name's tag ({@code UNMARKED_NAME_START}: not an adverb, verb or
     * adjective, 县长亲自部署，); no post, organ or place inside. Null otherwise.
     */
    private int[] nameOfNoKnownSurname(int begin) {
        Token first = tokens.startingAt(begin);
        if (first == null || !TagGroup.UNMARKED_NAME_START.has(first) || surnameHits.endAt(begin) > 0 || boundary(begin)
                || has(begin, PersonContext.NOT_NAME)) {
            return null;
        }
        int end = begin + 1;
        while (end - begin <= MAX_UNMARKED_NAME && !boundary(end)) {
            end++;
        }
        boolean closed = end < text.length() && Punctuation.PAUSES.has(text.charAt(end)) || has(end, PersonContext.FOLLOWER);
        if (end - begin < 2 || end - begin > MAX_UNMARKED_NAME || !closed || isPlace(text.substring(begin, end))) {
            return null;
        }
        int firstLength = first.getEnd() - begin;
        if (firstLength >= 4 && !isPersonToken(first) || firstLength >= 2 && !TagGroup.PROPER_NAME.has(first)) {
            return null; // a known word of four characters that is no person's is a term (扩大会议); a word that is no
                         // name opens one only as a syllable (日|呷, not 历次)
        }
        for (int i = begin; i < end; i++) {
            Token t = tokens.covering(i);
            if (t == null || t.getEnd() > end || isOrgan(t) || TagGroup.POST_NOUN.has(t) || TagGroup.ORGAN_SUFFIX.has(t)
                    || i > begin && t.getBegin() == i && t.getEnd() - i >= 2 && isCommonWord(t)) {
                return null; // a word runs on past the mark, an organ or a post stands inside, or a verb (鼎力|支持|下)
            }
        }
        return new int[] {begin, end};
    }

    /** A place of the lexicon or of a byline's dateline is spelt exactly {@code word}. */
    boolean isPlace(String word) {
        return places.get(word) != null || bylinePlaces.contains(word);
    }

    /**
     * The page prints {@code name} right before a level word that starts no post (姜山镇, 金集镇; not
     * 林武市长) or a word that continues a place's name (青川地区): wherever else it stands, it names a place.
     */
    boolean printedAsPlace(String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int next = at + name.length();
            if (next < text.length() && levelChars.has(text.charAt(next)) && postHits.endAt(next) < 0
                    || has(next, PersonContext.NAME_OF_PLACE_OR_ORG) || townNameGoesOn(next)) {
                return true; // 青禾镇, 青川地区, 林松甸镇: the guess names a place
            }
        }
        return false;
    }

    /**
     * One more character, then a level word that starts no post, follow {@code end} (林松|甸镇): HanLP took two
     * characters of a township's name for a person's; not a verb or function word between (林晓|到镇上).
     */
    boolean townNameGoesOn(int end) {
        if (!han(end) || end + 1 >= text.length() || !levelChars.has(text.charAt(end + 1)) || postHits.endAt(end + 1) >= 0) {
            return false;
        }
        Token t = tokens.covering(end);
        return t != null && t.getBegin() == end && t.getEnd() == end + 1 && !TagGroup.NO_TOWN_NAME.has(t);
    }

    /** The character at {@code pos} is a one-character level word (区, 县, 镇). */
    boolean isLevel(int pos) {
        return levelChars.has(text.charAt(pos));
    }

    boolean has(int pos, WordClass cls) {
        Lexicon.Entry e = contextHits.entryAt(pos);
        return e != null && e.is(cls);
    }

    boolean han(int pos) {
        return pos >= 0 && pos < text.length()
                && Han.at(text, pos);
    }

    /** A name may end here: not Han, or a post, a follower or an after-name word starts here. */
    boolean boundary(int pos) {
        return !han(pos) || postHits.endAt(pos) > 0 || has(pos, PersonContext.FOLLOWER) || has(pos, PersonContext.AFTER_NAME);
    }

    /** Nouns, verbs, adjectives, function words: HanLP read an ordinary word (干部, 党组). */
    boolean isCommonWord(Token t) {
        return TokenIndex.pos(t).isEmpty() || TagGroup.COMMON_WORD.has(t);
    }

    boolean isFunctionWord(Token t) {
        return TagGroup.FUNCTION_WORD.has(t);
    }

    boolean isNameLike(Token t) {
        return TagGroup.PLACE_OR_PROPER.has(t);
    }

    boolean isOrgan(Token t) {
        return TagGroup.ORGAN.has(t);
    }

    boolean isPersonToken(Token t) {
        return TokenIndex.isPerson(t);
    }

    /** A plausible name [begin, end): Han, surname first, no post inside, not a known non-name. */
    boolean plausible(int begin, int end) {
        if (begin < 0 || end > text.length() || end - begin < 2 || end - begin > 4) {
            return false;
        }
        for (int i = begin; i < end; i++) {
            if (!han(i) || i > begin && (postHits.endAt(i) > 0 && postHits.endAt(i) <= end)) {
                return false;
            }
        }
        if (surnameHits.endAt(begin) < 0 || has(begin, PersonContext.NOT_NAME)) {
            return false;
        }
        if (organisationBeforePost(begin, end) || end - begin == 2 && levelChars.has(text.charAt(end - 1))) {
            return false; // 和市|监察委员会: a two-character guess ending in a level word is no name
        }
        if (has(begin, PersonContext.FOLLOWER) && contextHits.endAt(begin) == begin + 1 && (end - begin == 2
                && provinceShorts.has(text.charAt(begin + 1)) || isPlace(text.substring(begin + 1, end)))) {
            return false; // 总书记来川视察, 来济宁考察: a name's verb and a province or a place, not a person named 来
        }
        if (TagGroup.PERSONAL_PRONOUN.has(tokens.startingAt(end))) {
            return false; // 县委领导都向|他们表示感谢: HanLP's name runs into the words before a pronoun
        }
        Token second = tokens.startingAt(begin + 1);
        if (has(begin, PersonContext.FOLLOWER) && contextHits.endAt(begin) == begin + 1 && second != null
                && second.getEnd() - second.getBegin() >= 2 && TagGroup.PLAIN_VERB.has(second)) {
            return false; // 领导来|看望: a name's verb, then another verb, not a person named 来
        }
        if (end - begin == 3 && isPlace(text.substring(begin, begin + 2)) && !boundary(end)) {
            return false; // 黄冈临|空经济区: a place and the first character of the word it goes on into
        }
        for (int i = begin + 1; i < end; i++) {
            Token t = tokens.covering(i);
            if (t != null && !isPersonToken(t) && (t.getBegin() == i && isOrgan(t)
                    || t.getBegin() >= i && t.getEnd() > end && t.getEnd() - t.getBegin() >= 2)) {
                return false; // holds an organ word (原党组), or cuts a word in two
            }
        }
        Token first = tokens.covering(begin);
        if (first != null && first.getBegin() == begin - 1 && postHits.beginAt(begin) >= 0 && isNameLike(first)) {
            first = null; // 市长|江立新: HanLP read the post's last character and the surname as a place (长江)
        }
        if (first != null && first.getEnd() - first.getBegin() == 1 && isFunctionWord(first)) {
            return false; // 和办结: a conjunction or preposition that is also a surname
        }
        if (first != null && first.getBegin() < begin && !isPersonToken(first)) {
            return false; // starts inside a word HanLP read (领导班子)
        }
        // HanLP read a common word here (干部, 管委会, 党组书记): not a name; but a word HanLP took
        // for a place or a special term that is exactly the candidate is a name it did not know (郑怀远)
        return first == null || first.getEnd() - first.getBegin() < 2 || isPersonToken(first)
                || first.getBegin() == begin && first.getEnd() == end && isNameLike(first)
                || first.getBegin() == begin && first.getEnd() < end && !isCommonWord(first);
    }

    /** The name that starts at {@code begin}, or null: HanLP's person token, else by shape. */
    int[] nameAt(int begin) {
        int dotted = transliteratedEnd(begin);
        if (dotted > 0) {
            return new int[] {begin, dotted}; // 艾尔肯·托合提: no surname, parts joined by a middle dot
        }
        Token t = tokens.startingAt(begin);
        if (isPersonToken(t) && plausible(t.getBegin(), t.getEnd())) {
            int end = t.getEnd();
            Token given = tokens.startingAt(end);
            if (surnameHits.endAt(begin) - begin == 2 && end - begin == 2 && given != null && given.getEnd() - end <= 2
                    && !boundary(end) && boundary(given.getEnd()) && plausible(begin, given.getEnd())) {
                end = given.getEnd(); // HanLP read the compound surname alone: 欧阳|吉庆主持
            } else if (surnameHits.endAt(begin) - begin == 2 && end - begin == 3 && han(end) && !boundary(end)) {
                end++; // a compound surname takes two given characters: 端木立诚
            } else if (end - begin == 3 && surnameHits.endAt(begin) == begin + 1 && has(end - 1, PersonContext.FOLLOWER)
                    && (han(end) && !boundary(end) || contextHits.endAt(end - 1) > end)) {
                // HanLP swallowed the verb after a two-character name: 林武来济宁, 钱某所作 (but 赵文和，)
                end--;
            } else {
                end = wholeName(begin, end);
            }
            return new int[] {t.getBegin(), end};
        }
        int surnameEnd = surnameHits.endAt(begin);
        if (surnameEnd < 0) {
            return null;
        }
        int shortEnd = surnameEnd + 1;
        int longEnd = surnameEnd + 2;
        if (han(shortEnd) && !boundary(shortEnd) && han(longEnd - 1) && plausible(begin, longEnd)) {
            return new int[] {begin, longEnd};
        }
        return plausible(begin, shortEnd) && han(shortEnd - 1) ? new int[] {begin, shortEnd} : null;
    }

    /** The marks that join the parts of a transliterated name (艾尔肯·托合提). */
    static final String NAME_DOTS = "·•・";
    /** Characters of one part of a transliterated name. */
    private static final int MAX_NAME_PART = 6;

    /**
     * The end of a transliterated name at {@code begin}: two or three parts of two to six Han characters
     * joined by a middle dot (spaces allowed after it), the last ending where a name may end; -1 if none.
     */
    int transliteratedEnd(int begin) {
        if (boundary(begin)) {
            return -1; // 秘书长来到·…: a word that follows a name opens none
        }
        int p = begin;
        for (int part = 0; part < 3; part++) {
            int q = p;
            while (q < text.length() && han(q) && q - p < MAX_NAME_PART && (q - p < 2 || !boundary(q))) {
                q++;
            }
            if (q - p < 2) {
                return -1;
            }
            if (q < text.length() && NAME_DOTS.indexOf(text.charAt(q)) >= 0) {
                p = q + 1;
                while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
                    p++;
                }
                continue;
            }
            return part > 0 && boundary(q) ? q : -1;
        }
        return -1;
    }

    /**
     * A two-character name that HanLP cut from a three-character one (郑是|瑜带领, 刘宝|瑾通报): the
     * next character is Han and not where a name may end, but right after it a name may end.
     */
    int wholeName(int begin, int end) {
        if (end - begin == 2 && surnameHits.endAt(begin) == begin + 1 && han(end) && !boundary(end)
                && boundary(end + 1) && !has(end, PersonContext.NAME_OF_PLACE_OR_ORG)) {
            Token third = tokens.covering(end);
            boolean particle = third != null && third.getEnd() - third.getBegin() == 1
                    && (isFunctionWord(third) || TagGroup.PRONOUN.has(third)); // 陈华的讲话
            // a preposition right before punctuation governs nothing: 王小|同，is a name
            boolean prepositionAlone = particle && TagGroup.PREPOSITION.has(third) && !han(end + 1);
            return particle && !prepositionAlone ? end : end + 1;
        }
        return end;
    }

    /**
     * The name that ends at {@code end} (before 同志, 总书记), or null; none when a one-character word
     * that follows names ends there (王南在主席台就座: the name ends before 在, and 主席 is no title of it).
     */
    int[] nameBefore(int end) {
        Lexicon.Entry last = end > 0 ? contextHits.entryAt(end - 1) : null;
        if (last != null && contextHits.endAt(end - 1) == end && last.is(PersonContext.FOLLOWER)) {
            return null;
        }
        Token t = tokens.endingAt(end);
        if (isPersonToken(t) && plausible(t.getBegin(), end)) {
            return new int[] {t.getBegin(), end};
        }
        for (int length = 3; length >= 2; length--) {
            int begin = end - length;
            if (begin >= 0 && surnameHits.endAt(begin) > 0 && (length == 2 || !han(begin - 1)
                    || boundaryBefore(begin)) && plausible(begin, end)) {
                return new int[] {begin, end};
            }
        }
        return null;
    }

    /**
     * HanLP's guess is a place or a count, not a name: it ends in, or runs into, a level word
     * (贾宋镇, 任泽区), ends a dateline (任泽讯), or follows a number (20余人).
     */
    boolean placeOrCount(int begin, int end) {
        char last = text.charAt(end - 1);
        char next = end < text.length() ? text.charAt(end) : ' ';
        char before = begin > 0 ? text.charAt(begin - 1) : ' ';
        boolean postNext = postHits.endAt(end) > 0; // 梁某某省长, 王某局长: a post, not a place's level or an organ
        return levelChars.has(last) || datelineKinds.has(last) || levelChars.has(next) && !postNext
                || organEnds.has(last) // 国动办: an organ's short name
                || organEnds.has(next) && !postNext // 卫健局: part of an organ's name
                || Character.isDigit(before) || numerals.has(before)
                || end - begin == 3 && has(begin + 1, PersonContext.HOMESTEAD) && has(end - 1, PersonContext.HOMESTEAD_END); // 李家山
    }

    /** Inside a short quotation (“严真细实快”): a catchphrase, not where names are printed. */
    boolean insideShortQuote(int begin, int end) {
        int open = -1;
        for (int i = begin - 1; i >= Math.max(0, begin - SHORT_QUOTE); i--) {
            char c = text.charAt(i);
            if (c == '“' || c == '‘') {
                open = i;
                break;
            }
            if (c == '”' || c == '’' || c == '\n') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = end; i < Math.min(text.length(), open + SHORT_QUOTE + 1); i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '’') {
                return true;
            }
            if (c == '“' || c == '‘' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /**
     * Evidence beyond HanLP's guess: a follower or a title next (林武在, 王五同志), a post or an organ
     * before (书记林武), or the same name printed again on the page.
     */
    boolean supported(int begin, int end) {
        if (has(end, PersonContext.FOLLOWER) || has(end, PersonContext.AFTER_NAME) || postHits.endAt(end) > 0 // 梁某某省长
                || han(begin - 1) && boundaryBefore(begin) || introducedBy(begin) || listedAfterPlaceOrOffice(begin, end)) {
            return true;
        }
        String name = text.substring(begin, end);
        return text.indexOf(name) != begin || text.indexOf(name, end) >= 0;
    }

    /**
     * A name between the town or office it speaks for and an enumeration mark (青山镇林晓峰、石岭乡赵明远、):
     * HanLP read a word ending in a level character, a place, or an organ's suffix right before it; not what
     * ends as a place or an office does (青山村林塘、).
     */
    private boolean listedAfterPlaceOrOffice(int begin, int end) {
        Token before = tokens.endingAt(begin);
        return end < text.length() && text.charAt(end) == '、' && before != null && !organEnds.has(text.charAt(end - 1))
                && (levelChars.has(text.charAt(begin - 1)) || TagGroup.PLACE_OR_PROPER.has(before)
                        || TagGroup.ORGAN_SUFFIX.has(before));
    }

    /** A word of two characters or more that introduces names ends at {@code pos} (选举林某, 困难户林某; not 为, 是). */
    private boolean introducedBy(int pos) {
        Lexicon.Entry e = contextHits.entryEndingAt(pos);
        return e != null && e.is(PersonContext.BEFORE_NAME) && e.key().length() >= 2;
    }

    /** A word that introduces names (是, 为, 选举) ends at {@code pos}. */
    boolean endsBeforeName(int pos) {
        Lexicon.Entry e = contextHits.entryEndingAt(pos);
        return e != null && e.is(PersonContext.BEFORE_NAME);
    }

    /** A list item that may be a name: Han only, no post inside, not a known non-name or place. */
    boolean plausibleListItem(int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!han(i) || i > begin && postHits.endAt(i) > 0 && postHits.endAt(i) <= end) {
                return false;
            }
        }
        String item = text.substring(begin, end);
        return !has(begin, PersonContext.NOT_NAME) && places.get(item) == null && !levelChars.has(text.charAt(end - 1))
                && !organEnds.has(text.charAt(end - 1)) && !organisationBeforePost(begin, end) // 区委办、区人大办: offices
                && !organWord(begin, end); // 、管委会主任: HanLP read an organ
    }

    /** HanLP read {@code [begin, end)} as one organ or institution word (管委会). */
    private boolean organWord(int begin, int end) {
        Token t = tokens.startingAt(begin);
        return t != null && t.getEnd() == end && (isOrgan(t) || TagGroup.ORGAN_SUFFIX.has(t));
    }

    /** 区政协|主席: a level word and an organ right before a post, not 区 the surname. */
    private boolean organisationBeforePost(int begin, int end) {
        return levelChars.has(text.charAt(begin)) && postHits.endAt(end) > 0;
    }

    /** A name may start here: after a non-Han character, a post, or an organ (市委郑怀远书记). */
    /**
     * Where HanLP's two-character name guess {@code t} begins once a surname it cut off is given back:
     * 丨罗|文涛主持 → 罗文涛, when the surname stands alone right after punctuation or a separator bar;
     * else the guess's own begin.
     */
    int surnameBefore(Token t) {
        int b = t.getBegin();
        if (t.getEnd() - b != 2 || b < 1 || surnameHits.endAt(b - 1) != b) {
            return b;
        }
        Token single = tokens.covering(b - 1);
        boolean alone = single != null && single.getBegin() == b - 1 && single.getEnd() == b;
        boolean after = b == 1 || !han(b - 2) || Punctuation.SEPARATOR_BARS.has(text.charAt(b - 2));
        // 王/n 洪茹/nr after a space or a mark: HanLP read the lone surname as a noun
        return alone && after && (!TagGroup.COMMON_WORD.has(single) || TagGroup.NOUN.has(single)) ? b - 1 : b;
    }

    boolean boundaryBefore(int pos) {
        if (!han(pos - 1)) {
            return true;
        }
        Token before = tokens.endingAt(pos);
        if (before != null && (isOrgan(before) || TagGroup.POST_NOUN.has(before))) {
            return true;
        }
        for (int b = Math.max(0, pos - 6); b < pos; b++) {
            if (postHits.endAt(b) == pos) {
                return true;
            }
        }
        return false;
    }
}
