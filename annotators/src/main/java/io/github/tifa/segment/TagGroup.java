package io.github.tifa.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

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
    /** Pronouns. */
    PRONOUN,
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
    /** {@code v} and {@code vi}: a verb that introduces a name (全面推进A). */
    INTRODUCING_VERB,
    /** Words that never open a meeting's name: verbs, adverbs, prepositions, particles, pronouns … */
    NOT_OPENING,
    /** Verbs, adjectives, adverbs, prepositions, not verbal nouns: what makes a head its object (开好会议). */
    GOVERNS_OBJECT;

    /** The tag-group file on the class path. */
    public static final String FILE = "io/github/tifa/segment/hanlp_tag_groups.txt";

    private static final Map<TagGroup, String[]> ENTRIES = read();

    /** The tag {@code pos} is in this group ("" is in none). */
    public boolean has(String pos) {
        String best = null;
        for (String entry : ENTRIES.get(this)) {
            String tag = bare(entry);
            boolean matches = entry.contains("=") ? pos.equals(tag) : pos.startsWith(tag);
            if (matches && (best == null || tag.length() > bare(best).length())) {
                best = entry;
            }
        }
        return best != null && !best.startsWith("!");
    }

    private static String bare(String entry) {
        return entry.replace("!", "").replace("=", "");
    }

    /** The token's tag is in this group. */
    public boolean has(de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token token) {
        return has(TokenIndex.pos(token));
    }

    private static Map<TagGroup, String[]> read() {
        Map<TagGroup, String[]> entries = new EnumMap<>(TagGroup.class);
        try (InputStream in = TagGroup.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                TagGroup group;
                try {
                    group = valueOf(columns[0].strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(String.format("%s line %d: no tag group '%s'", FILE, n, columns[0]), e);
                }
                entries.put(group, columns.length > 1 ? columns[1].strip().split("\\s*,\\s*") : new String[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        for (TagGroup g : values()) {
            if (!entries.containsKey(g)) {
                throw new IllegalStateException(FILE + " has no line for the tag group " + g);
            }
        }
        return entries;
    }
}
