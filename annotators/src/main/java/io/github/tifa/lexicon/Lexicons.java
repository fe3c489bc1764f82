package io.github.tifa.lexicon;

/**
 * Where the built-in lexicons are: one name per file, so that annotators sharing a lexicon
 * (posts, places, levels, byline roles) and {@code UserLexicons} agree on it.
 */
public final class Lexicons {
    /** The built-in lexicon directory on the class path. */
    public static final String BUILT_IN = LexiconTrie.CLASSPATH + "io/github/tifa/lexicon/";

    public static final String BYLINE_AGENCIES = BUILT_IN + "byline_agencies.txt";
    public static final String BYLINE_ROLES = BUILT_IN + "byline_roles.txt";
    public static final String POSTS = BUILT_IN + "posts.txt";
    public static final String SURNAMES = BUILT_IN + "surnames.txt";
    public static final String PERSON_CONTEXT = BUILT_IN + "person_context.txt";
    public static final String PLACES = BUILT_IN + "places.txt";
    public static final String ORGANS = BUILT_IN + "organs.txt";
    public static final String LEVELS = BUILT_IN + "levels.txt";
    public static final String TITLE_CONTEXT = BUILT_IN + "title_context.txt";
    public static final String MEETING_HEADS = BUILT_IN + "meeting_heads.txt";
    public static final String MEETING_TYPES = BUILT_IN + "meeting_types.txt";
    public static final String MEETING_CONTEXT = BUILT_IN + "meeting_context.txt";
    public static final String SLOGANS_NATIONAL = BUILT_IN + "slogans_national.txt";
    public static final String SLOGAN_CONTEXT = BUILT_IN + "slogan_context.txt";
    public static final String BYLINE_CONTEXT = BUILT_IN + "byline_context.txt";
    public static final String BYLINE_PATTERNS = BUILT_IN + "byline_patterns.txt";
    public static final String MEETING_PATTERNS = BUILT_IN + "meeting_patterns.txt";
    public static final String NUMERALS = BUILT_IN + "numerals.txt";

    private Lexicons() {
    }
}
