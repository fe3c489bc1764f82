package io.github.tifa.title;

import java.util.ArrayList;
import java.util.List;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.WordClass.Organ;
import io.github.tifa.lexicon.WordClass.Post;
import io.github.tifa.lexicon.WordClass.TitleContext;
import io.github.tifa.reflow.Han;
import io.github.tifa.rules.Page;
import io.github.tifa.segment.SpanIndex;
import io.github.tifa.segment.TagGroup;
import io.github.tifa.segment.TokenIndex;

/**
 * What the title rules read of one page: the shared page view, the persons found before, the
 * lexicon look-ups of {@link TitleLookup}, and every post read leftwards to its organisation.
 */
final class TitlePage {
    /** The lexicons the title rules read, compiled once per component. */
    record Lexicons(LexiconTrie posts, LexiconTrie organs, LexiconTrie levels, LexiconTrie places,
            LexiconTrie context, TitleLookup.Shapes shapes) {
    }

    /**
     * A post [postBegin, end) of the lexicon with its organisation from {@code begin}, and the rule that
     * takes it for a title (null while none has been asked).
     */
    record PostReading(int begin, int postBegin, int end, Lexicon.Entry post, TitleRule takenBy) {
    }

    final Page page;
    final TitleLookup lookup;
    private final LexiconTrie.Matches postHits;
    private List<PostReading> readings;

    private final List<TitleRule> rules;

    /** The page view of {@code page} for {@code rules}: a post they take hides the posts inside it (副书记 over 书记). */
    TitlePage(Page page, SpanIndex<NamedEntity> persons, Lexicons lexicons, List<TitleRule> rules) {
        this.page = page;
        this.rules = rules;
        postHits = page.matches(lexicons.posts());
        lookup = new TitleLookup(page.text(), page.lookups(lexicons.organs()), page.lookups(lexicons.levels()),
                page.lookups(lexicons.places()), page.lookups(lexicons.context()), persons, lexicons.shapes(), page.tokens());
    }

    /** A post of the lexicon ends at {@code end} (主任、|委员: an item of a list of posts). */
    boolean postEndsAt(int end) {
        return postHits.beginAt(end) >= 0;
    }

    String text() {
        return page.text();
    }

    SpanIndex<NamedEntity> persons() {
        return lookup.persons();
    }

    /**
     * The posts of the lexicon read leftwards to their organisation that a rule takes, left to right;
     * not one that is part of a longer organ (常委会), word (城市长远) or collective (常委班子), one
     * counted as a category (20名优秀村党组织书记), nor one inside a post a rule took.
     */
    List<PostReading> readings() {
        if (readings == null) {
            readings = new ArrayList<>();
            String text = text();
            for (int i = 0; i < text.length(); i++) {
                int postEnd = postHits.endAt(i);
                if (postEnd < 0 || lookup.organHits().endAt(i) > postEnd
                        || !wordAligned(page.tokens(), i, postEnd) && !sharedOrganAligned(i, postEnd)
                        || lookup.has(postEnd, TitleContext.COLLECTIVE_AFTER)) {
                    continue;
                }
                int postBegin = qualifiedPostBegin(i);
                int begin = lookup.extendLeft(postBegin);
                PostReading read = new PostReading(begin, postBegin, postEnd, postHits.entryAt(i), null);
                TitleRule taker = countedBefore(begin) ? null
                        : rules.stream().filter(rule -> rule.takes(this, read)).findFirst().orElse(null);
                if (taker != null) {
                    readings.add(new PostReading(begin, postBegin, postEnd, read.post(), taker));
                    i = postEnd - 1;
                }
            }
        }
        return readings;
    }

    /**
     * Where the post that starts at {@code i} begins with the word that qualifies it: 代 of an acting post
     * (代秘书长), 原 of a former one between an organ and the post (区人大原主任); else {@code i}.
     */
    private int qualifiedPostBegin(int i) {
        if (lookup.endsWith(i, TitleContext.ACTING)) {
            return lookup.contextHits().beginAt(i);
        }
        int former = lookup.endsWith(i, TitleContext.FORMER) ? lookup.contextHits().beginAt(i) : -1;
        if (former > 0 && (lookup.organHits().beginAt(former) >= 0 || lookup.levelOrPlace(former) >= 0)) {
            return former;
        }
        return i;
    }

    /** A count (20名, 三位: a numeral and a MEASURE) shortly before the title, with only words between. */
    private boolean countedBefore(int begin) {
        String text = text();
        for (int i = begin - 1; i >= Math.max(0, begin - 8); i--) {
            int count = lookup.countBegin(i + 1);
            if (count >= 0) {
                return !lookup.endsWith(count, TitleContext.HOLDER_BEFORE); // 林晓、司马言等2位原市级领导: they hold it
            }
            if (!Han.at(text, i)) {
                return false;
            }
        }
        return false;
    }

    /**
     * 市长|江立新: HanLP read the post's last character and its holder's surname as one place (长江), and a name was
     * read from the surname on (not 新华社|长沙: no one is named 沙).
     */
    private boolean placeCut(Token last, int end) {
        return last.getBegin() == end - 1 && last.getEnd() > end && TagGroup.PLACE_OR_PROPER.has(last)
                && persons().startingAt(end) != null;
    }

    /**
     * A member's post (委员, 成员) of an assembly or of its delegation or presidium, read without a level or place and
     * without a holder next to it (广大政协委员, 代表团成员): membership, as 代表 is, no title (县政协委员, 政协委员林晓 are).
     */
    boolean membership(PostReading r) {
        if (!r.post().is(Post.MEMBER) || persons().startingAt(r.end()) != null || persons().endingAt(r.begin()) != null) {
            return false;
        }
        for (int i = r.begin(); i < r.postBegin(); i++) {
            if (lookup.levelHits().endAt(i) >= 0 || lookup.placeHits().endAt(i) >= 0) {
                return false;
            }
        }
        Lexicon.Entry organ = lookup.organHits().entryEndingAt(r.postBegin());
        return organ != null && (organ.is(Organ.CPPCC) || organ.is(Organ.LEGIS));
    }

    /** The organ that shares its last character with the post at {@code i} starts a word (宣传部长). */
    private boolean sharedOrganAligned(int i, int postEnd) {
        int organ = lookup.sharedOrganBegin(i);
        return organ >= 0 && wordAligned(page.tokens(), organ, postEnd);
    }

    /**
     * The post starts and ends where HanLP's words do, or inside one word that ends with it (党委书记), or inside a
     * doubled character HanLP read as one word (巡察组组|长: the organ's last character, then the post's first).
     */
    private boolean wordAligned(TokenIndex tokens, int begin, int end) {
        Token first = tokens.covering(begin);
        Token last = tokens.covering(end - 1);
        boolean doubled = first != null && first.getBegin() == begin - 1 && first.getEnd() == begin + 1
                && text().charAt(begin - 1) == text().charAt(begin);
        boolean startOk = first == null || first.getBegin() == begin || first.getEnd() == end || doubled;
        boolean endOk = last == null || last.getEnd() == end || TokenIndex.isPerson(last) || placeCut(last, end);
        return startOk && endOk;
    }
}
