package io.github.tifa.segment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.Lexicon;

/**
 * Groups of HanLP's part-of-speech tags that the rules ask about, read from
 * {@value #FILE}: the tags are data, as in DKPro Core's tag-set mappings, and the rules name the
 * groups only through these constants.
 */
public enum TagGroup {
    /** Nouns (not place, proper or person names), verbs, adjectives, function words: an ordinary word. */
    COMMON_WORD,
    /** Conjunctions, prepositions, particles, adverbs. */
    FUNCTION_WORD,
    /** Place names and other proper names. */
    PLACE_OR_PROPER,
    /** Organisations and institutions. */
    ORGAN,
    /** An institution's suffix (委员会): the words before it name the institution. */
    ORGAN_SUFFIX,
    /** Pronouns. */
    PRONOUN,
    /** Personal pronouns (他们, 我们): no name runs into one. */
    PERSONAL_PRONOUN,
    /** Post and title nouns (书记, 县长). */
    POST_NOUN,
    /** Proper names of any kind. */
    PROPER_NAME,
    /** Person names. */
    PERSON,
    /** Verbs and 的: what may govern a quotation (扛好“大梁”, 的“店小二”). */
    GOVERNS_QUOTE,
    /** Prepositions. */
    PREPOSITION,
    /** 了, localisers, adjectives: what may stand between a verb and a quotation (当上了). */
    QUOTE_BRIDGE,
    /** The plain verb tag {@code v}. */
    PLAIN_VERB,
    /** {@code v} and {@code vn}: HanLP reads a transitive verb before its object as either (宣传/vn 县委). */
    VERB_OR_VERBAL_NOUN,
    /** {@code v} and {@code vi}: a verb that introduces a name (全面推进A). */
    INTRODUCING_VERB,
    /** Adjectives and adverbs: how a verb is done (要认真筹备, 依法筹备). */
    MANNER,
    /** Words that never open a meeting's name: verbs, adverbs, prepositions, particles, pronouns … */
    NOT_OPENING,
    /** Verbs, adjectives, adverbs, prepositions, not verbal nouns: what makes a head its object (开好会议). */
    GOVERNS_OBJECT,
    /** Nouns of every kind. */
    NOUN,
    /** Verbs, adverbs, function words, localisers, times: what names no township before its level (听取镇). */
    NO_TOWN_NAME,
    /** Adverbs, localisers and words of time: what may stand right before a township's name (随后青溪镇). */
    BEFORE_TOWN_NAME,
    /** Nouns, adjectives and place words that are no post, organ or name: what a name HanLP read as a word is (白露). */
    NAME_SHAPED_WORD,
    /**
     * Person and proper names, distinguishing words, adjectival morphemes: what HanLP makes of the first
     * syllables of a name that has no Han surname (额尔满|都|拉, 奇|巴特尔, 日|呷|木|呷).
     */
    UNMARKED_NAME_START;

    /** The tag-group file on the class path. */
    public static final String FILE = "io/github/tifa/segment/hanlp_tag_groups.txt";

    /** One listed tag: a prefix (nr), an exact tag (=v) or an excluded prefix (!nz). */
    private record Listed(String tag, boolean exact, boolean excluded) {
        static Listed of(String entry) {
            String tag = entry.replace("!", "").replace("=", "");
            return new Listed(tag, entry.contains("="), entry.startsWith("!"));
        }

        boolean matches(String pos) {
            return exact ? pos.equals(tag) : pos.startsWith(tag);
        }
    }

    /** Each group's listed tags, longest first: the first that matches a tag decides. */
    private static final Map<TagGroup, Listed[]> LISTED = read();

    /** The tag {@code pos} is in this group ("" is in none). */
    public boolean has(String pos) {
        for (Listed listed : LISTED.get(this)) {
            if (listed.matches(pos)) {
                return !listed.excluded();
            }
        }
        return false;
    }

    /** The token's tag is in this group. */
    public boolean has(Token token) {
        return has(TokenIndex.pos(token));
    }

    private static Map<TagGroup, Listed[]> read() {
        Map<TagGroup, Listed[]> listed = new EnumMap<>(TagGroup.class);
        Lexicon.table(FILE, TagGroup.class).forEach((group, tags) -> listed.put(group, Arrays.stream(tags.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).map(Listed::of)
                .sorted(Comparator.comparingInt((Listed l) -> l.tag().length()).reversed()).toArray(Listed[]::new)));
        return listed;
    }
}
