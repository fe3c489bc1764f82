package io.github.tifa.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.Lexicons;
import io.github.tifa.lexicon.WordClass.BylineContext;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass.PersonContext;
import io.github.tifa.lexicon.WordClass;
import io.github.tifa.model.Layers;
import io.github.tifa.model.Overlaps;
import io.github.tifa.reflow.Han;
import io.github.tifa.segment.SpanIndex;
import io.github.tifa.segment.TokenIndex;
import io.github.tifa.type.Article;
import io.github.tifa.type.Byline;
import io.github.tifa.type.Contributor;
import io.github.tifa.type.PersonName;

/**
 * Finds person names, from the strongest evidence to the weakest, then every other mention of the
 * same names in the document:
 * <ol>
 * <li>{@code person.contributor}: every name a byline credits;</li>
 * <li>{@code person.after-post}: a surname-initial name right after a post noun (主任钱立新), and the
 * names that follow it in a 、-list (区领导赵德林、吴海峰);</li>
 * <li>{@code person.before-title}: a name right before 总书记, 同志 … (王亚栋同志);</li>
 * <li>{@code person.hanlp}: HanLP's person tags ({@code nr}) that start with a surname and have
 * support: a word that follows names (出席, 在, 表示) or a title after it, a post or an organ before
 * it, or the same name printed again; never right before a word that continues a place or an
 * organisation's name (鲁抗医药, 杨家河公园);</li>
 * <li>{@code person.same-document}: the names above wherever else they occur, the longest known
 * name winning (赵文和 over HanLP's 赵文).</li>
 * </ol>
 * The length of a name found by context (two or three characters after a one-character surname)
 * is settled by HanLP's tokens and by the words that typically follow a name (出席, 主持, 在, 、).
 */
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token", "io.github.tifa.type.Contributor",
                "io.github.tifa.type.Byline", "io.github.tifa.type.Article"},
        outputs = {"de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity", "io.github.tifa.type.PersonName"})
public class PersonAnnotator extends JCasAnnotator_ImplBase {

    /** Post nouns after which a name may follow (posts.txt), a {@link LexiconResource}. */
    public static final String PARAM_POST_LEXICON = "postLexicon";
    @ExternalResource(key = PARAM_POST_LEXICON, mandatory = false)
    private LexiconResource postLexicon;

    /** Surnames, single and compound (surnames.txt). */
    public static final String PARAM_SURNAME_LEXICON = "surnameLexicon";
    @ExternalResource(key = PARAM_SURNAME_LEXICON, mandatory = false)
    private LexiconResource surnameLexicon;

    /** Words around names (person_context.txt): AFTER_NAME, FOLLOWER, NOT_NAME, ORGAN_END … */
    public static final String PARAM_CONTEXT_LEXICON = "contextLexicon";
    @ExternalResource(key = PARAM_CONTEXT_LEXICON, mandatory = false)
    private LexiconResource contextLexicon;

    /** Place names (places.txt): a HanLP guess that is exactly a place (任泽区, 怀远) is not a person. */
    public static final String PARAM_PLACE_LEXICON = "placeLexicon";
    @ExternalResource(key = PARAM_PLACE_LEXICON, mandatory = false)
    private LexiconResource placeLexicon;

    /** Level words (levels.txt): a HanLP guess ending in or running into one (贾宋镇) is a place. */
    public static final String PARAM_LEVEL_LEXICON = "levelLexicon";
    @ExternalResource(key = PARAM_LEVEL_LEXICON, mandatory = false)
    private LexiconResource levelLexicon;

    /** Dateline kinds (byline_context.txt KIND): a HanLP guess ending in one (任泽讯) is a dateline. */
    public static final String PARAM_BYLINE_CONTEXT_LEXICON = "bylineContextLexicon";
    @ExternalResource(key = PARAM_BYLINE_CONTEXT_LEXICON, mandatory = false)
    private LexiconResource bylineContextLexicon;

    /** Numerals (numerals.txt): a HanLP guess after one (二十余人) is a count. */
    public static final String PARAM_NUMERAL_LEXICON = "numeralLexicon";
    @ExternalResource(key = PARAM_NUMERAL_LEXICON, mandatory = false)
    private LexiconResource numeralLexicon;

    static final String RULE_CONTRIBUTOR = "person.contributor";
    static final String RULE_AFTER_POST = "person.after-post";
    static final String RULE_LIST = "person.after-post-list";
    static final String RULE_BEFORE_TITLE = "person.before-title";
    static final String RULE_HANLP = "person.hanlp";
    static final String RULE_SAME_DOCUMENT = "person.same-document";
    static final String RULE_NAME_LIST = "person.name-list";

    /** Compiled once: String.replaceAll would compile it for every name. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private LexiconTrie posts;
    private LexiconTrie surnames;
    private LexiconTrie context;
    private LexiconTrie places;
    /** One-character level words: a name guessed by HanLP that ends in one is a place. */
    private LexiconTrie.CharClass levelChars;
    /** Characters that end an organ's name: a name guessed right before one is part of the organ. */
    private LexiconTrie.CharClass organEnds;
    private LexiconTrie.CharClass datelineKinds;
    private LexiconTrie.CharClass numerals;
    private PersonPage.Lexicons lexicons;

    @Override
    public void initialize(UimaContext ctx) throws ResourceInitializationException {
        super.initialize(ctx);
        posts = LexiconResource.trieOf(postLexicon, Lexicons.POSTS);
        surnames = LexiconResource.trieOf(surnameLexicon, Lexicons.SURNAMES);
        context = LexiconResource.trieOf(contextLexicon, Lexicons.PERSON_CONTEXT);
        places = LexiconResource.trieOf(placeLexicon, Lexicons.PLACES);
        levelChars = LexiconResource.trieOf(levelLexicon, Lexicons.LEVELS).chars();
        organEnds = context.chars(PersonContext.ORGAN_END);
        datelineKinds = LexiconResource.trieOf(bylineContextLexicon, Lexicons.BYLINE_CONTEXT).chars(BylineContext.KIND);
        numerals = LexiconResource.trieOf(numeralLexicon, Lexicons.NUMERALS).chars(Numeral.NUMERAL);
        lexicons = new PersonPage.Lexicons(posts, surnames, context, places, levelChars, organEnds, datelineKinds, numerals);
    }

    /** A name found by one rule; of overlapping names the one of higher priority wins ({@link Overlaps}). */
    private record Candidate(int begin, int end, String rule, int priority) implements Overlaps.Candidate {
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        PersonPage page = new PersonPage(jcas, lexicons);
        List<Candidate> found = new ArrayList<>();
        for (Contributor c : JCasUtil.select(jcas, Contributor.class)) {
            found.add(new Candidate(c.getBegin(), c.getEnd(), RULE_CONTRIBUTOR, 3));
        }
        for (int i = 0; i < text.length(); i++) {
            int postEnd = page.postHits.endAt(i);
            if (postEnd > 0) {
                afterPost(page, postEnd, found);
            }
            if (page.has(i, PersonContext.AFTER_NAME)) {
                int[] name = page.nameBefore(i);
                if (name != null) {
                    found.add(new Candidate(name[0], name[1], RULE_BEFORE_TITLE, 2));
                }
            }
        }
        hanlpNames(jcas, page, found);
        nameLists(page, found);
        List<Candidate> kept = Overlaps.resolve(found);
        kept = propagate(page, kept);
        SpanIndex<Article> articles = SpanIndex.of(JCasUtil.select(jcas, Article.class));
        if (!articles.isEmpty()) {
            // page furniture (责任编辑 罗晓燕) is not news: names outside every article are left out
            kept.removeIf(c -> articles.covering(c.begin) == null || articles.covering(c.begin).getEnd() < c.end);
        }
        for (Candidate c : kept) {
            NamedEntity person = new NamedEntity(jcas, c.begin, c.end);
            person.setValue(Layers.PER);
            person.addToIndexes();
            PersonName why = new PersonName(jcas, c.begin, c.end);
            why.setRule(c.rule);
            why.setEntity(person);
            why.addToIndexes();
        }
    }

    /** HanLP's own name guesses that the text supports (person.hanlp); not places, levels or counts. */
    private void hanlpNames(JCas jcas, PersonPage page, List<Candidate> found) {
        String text = page.text;
        Set<String> bylinePlaces = new HashSet<>();
        for (Byline b : JCasUtil.select(jcas, Byline.class)) {
            if (b.getPlace() != null && !b.getPlace().isEmpty()) {
                bylinePlaces.add(b.getPlace());
            }
        }
        for (Token t : jcas.select(Token.class)) { // streamed from the index, not copied into a list
            if (!page.isPersonToken(t)) {
                continue; // only HanLP's own name guesses are tested here: the cheap question first
            }
            String word = t.getCoveredText();
            if (places.get(word) != null || bylinePlaces.contains(word)) {
                continue; // a place HanLP took for a name
            }
            int begin = page.surnameBefore(t);
            int end = begin < t.getBegin() ? t.getEnd() : page.wholeName(t.getBegin(), t.getEnd());
            if (page.plausible(begin, end)
                    && !levelChars.has(text.charAt(begin)) // 临河区|国动办, 区三届: a level, not 区 the surname
                    && !page.insideShortQuote(begin, end) && !page.placeOrCount(begin, end)
                    && !page.has(end, PersonContext.NAME_OF_PLACE_OR_ORG) && page.supported(begin, end)) {
                found.add(new Candidate(begin, end, RULE_HANLP, 1));
            }
        }
    }

    /**
     * Lists of names (区领导唐海波、吕晨阳参加, 执行主席是张凡、郑国平、余晓凌, 孙立琳 杨兰英 段林强出席): the
     * delimiters decide where each name ends, whatever HanLP guessed. Inner items are two to four Han
     * characters starting with a surname; the first item starts where a name may start, the last
     * ends where a name may end. A list holds at least three names, or two when one of them is
     * already known.
     */
    private void nameLists(PersonPage page, List<Candidate> found) {
        String text = page.text;
        int n = text.length();
        for (int d = 0; d < n; d++) {
            if (!listMark(text.charAt(d)) || d > 0 && listMark(text.charAt(d - 1))) {
                continue;
            }
            // the inner items after this delimiter, each 2-4 Han characters up to the next delimiter
            List<int[]> items = new ArrayList<>();
            int[] first = firstItem(page, d);
            if (first == null) {
                continue;
            }
            items.add(first);
            int from = d + 1;
            int[] last = null;
            while (true) {
                int next = from;
                while (next < n && page.han(next) && next - from <= 4) {
                    next++;
                }
                if (next < n && listMark(text.charAt(next)) && next - from >= 2 && next - from <= 4
                        && page.surnameHits.endAt(from) > 0 && page.plausibleListItem(from, next)) {
                    items.add(new int[] {from, next});
                    from = next + 1;
                    continue;
                }
                last = lastItem(page, from);
                break;
            }
            if (last == null) {
                continue;
            }
            items.add(last);
            boolean known = items.stream().anyMatch(it -> found.stream().anyMatch(c -> c.begin == it[0] && c.end == it[1]
                    || c.begin == it[0] && c.priority >= 2));
            if (items.size() >= 3 || known) {
                for (int[] it : items) {
                    found.add(new Candidate(it[0], it[1], RULE_NAME_LIST, 2));
                }
            }
            d = last[0];
        }
    }

    private static boolean listMark(char c) {
        return c == '、' || c == ' ' || c == '\u3000';
    }

    /** The list's first name, ending at delimiter {@code d}: the longest that starts where a name may. */
    private static int[] firstItem(PersonPage page, int d) {
        for (int length = 3; length >= 2; length--) {
            int begin = d - length;
            if (begin >= 0 && page.surnameHits.endAt(begin) > 0 && page.plausibleListItem(begin, d)
                    && (!page.han(begin - 1) || page.boundaryBefore(begin) || page.endsBeforeName(begin))) {
                return new int[] {begin, d};
            }
        }
        return null;
    }

    /** The list's last name, from {@code begin}: the shortest that ends where a name may end. */
    private static int[] lastItem(PersonPage page, int begin) {
        if (page.surnameHits.endAt(begin) < 0) {
            return null;
        }
        for (int length = 2; length <= 3; length++) {
            int end = begin + length;
            if (end <= page.text.length() && page.plausibleListItem(begin, end)
                    && (end == page.text.length() || !page.han(end) || page.has(end, PersonContext.FOLLOWER)
                    || page.has(end, PersonContext.AFTER_NAME) || page.postHits.endAt(end) > 0)) {
                return new int[] {begin, end};
            }
        }
        return null;
    }

    private void afterPost(PersonPage page, int postEnd, List<Candidate> found) {
        int[] name = page.nameAt(postEnd);
        if (name == null) {
            return;
        }
        found.add(new Candidate(name[0], name[1], RULE_AFTER_POST, 2));
        // 区领导赵德林、吴海峰: more names of the same list, each ending where a name may end
        int p = name[1];
        while (p < page.text.length() && page.text.charAt(p) == '、') {
            int[] next = page.nameAt(p + 1);
            if (next == null || page.postHits.endAt(next[1]) > 0 || page.han(next[1]) && !page.boundary(next[1])) {
                break;
            }
            found.add(new Candidate(next[0], next[1], RULE_LIST, 2));
            p = next[1];
        }
    }

    /**
     * Adds every other occurrence of a kept name; a longer known name wins over a shorter one. A
     * page knows a few dozen names at most, so a plain search per name beats building a trie.
     */
    private static List<Candidate> propagate(PersonPage page, List<Candidate> kept) {
        TreeMap<String, String> names = new TreeMap<>();
        for (Candidate c : kept) {
            String name = page.text.substring(c.begin, c.end);
            names.put(name, name);
            names.put(SPACES.matcher(name).replaceAll(""), name);
        }
        Map<Integer, Integer> longest = new LinkedHashMap<>();
        List<String> sortedNames = List.copyOf(names.keySet());
        for (long hit : occurrences(page.text, sortedNames)) {
            int at = (int) (hit & Integer.MAX_VALUE);
            longest.merge(at, at + sortedNames.get((int) (hit >>> 31)).length(), Math::max);
        }
        List<Candidate> all = new ArrayList<>(kept);
        // a weaker (HanLP) mention inside a longer known name gives way: 赵文 inside 赵文和
        all.removeIf(c -> c.priority == 1 && longest.getOrDefault(c.begin, c.end) > c.end);
        Overlaps.Taken taken = new Overlaps.Taken();
        all.forEach(c -> taken.add(c.begin, c.end));
        for (Map.Entry<Integer, Integer> e : longest.entrySet()) {
            int begin = e.getKey();
            int end = e.getValue();
            if (taken.free(begin, end)) {
                all.add(new Candidate(begin, end, RULE_SAME_DOCUMENT, 0));
                taken.add(begin, end);
            }
        }
        all.sort(Comparator.comparingInt(Candidate::begin));
        return all;
    }

    /**
     * Every occurrence of the names in {@code text}, found in one pass rather than one search of
     * the page per name, in the order a search per name finds them: by name, then by position.
     * Each is packed as (name's rank, position) in one long.
     */
    private static long[] occurrences(String text, List<String> names) {
        if (names.isEmpty()) {
            return new long[0];
        }
        BitSet firsts = new BitSet();
        for (String name : names) {
            firsts.set(name.charAt(0));
        }
        long[] hits = new long[16];
        int n = 0;
        for (int at = 0; at < text.length(); at++) {
            if (!firsts.get(text.charAt(at))) {
                continue;
            }
            for (int rank = 0; rank < names.size(); rank++) {
                String name = names.get(rank);
                if (name.charAt(0) == text.charAt(at) && text.startsWith(name, at)) {
                    if (n == hits.length) {
                        hits = Arrays.copyOf(hits, 2 * n);
                    }
                    hits[n++] = (long) rank << 31 | at;
                }
            }
        }
        hits = Arrays.copyOf(hits, n);
        Arrays.sort(hits); // by rank, then by position
        return hits;
    }
}
