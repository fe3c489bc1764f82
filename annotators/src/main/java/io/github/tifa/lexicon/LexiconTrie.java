package io.github.tifa.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * A lexicon compiled for look-ups in a text: its entries indexed by their first two characters and
 * by their last two, and, for a whole-text pass over a large lexicon, HanLP's Aho-Corasick
 * double-array trie. Read-only once built: {@link LexiconResource} shares one per lexicon across a
 * pipeline.
 */
public final class LexiconTrie {
    /** Prefix of a lexicon location on the class path; anything else is a file path. */
    public static final String CLASSPATH = "classpath:";
    /** Separates the parts of a location that merges several lexicons. */
    public static final String SEPARATOR = "|";

    /**
     * From this many words a whole-text pass ({@link #match(String)}) goes through HanLP's
     * Aho-Corasick double-array trie, built on the first such pass: HanLP's builder allocates some
     * 18 MB whatever the size, which only a large lexicon repays, and only when it is matched
     * whole (the pipeline looks places.txt up at a few positions, so never builds it).
     */
    static final int TRIE_FROM = 1000;

    private final Lexicon lexicon;
    /** Every key, a later line overriding an earlier one with the same key. */
    private final Map<String, Lexicon.Entry> byKey = new HashMap<>();
    /** For a large lexicon, once matched whole: HanLP's Aho-Corasick double-array trie; else null. */
    private volatile AhoCorasickDoubleArrayTrie<Lexicon.Entry> trie;
    /** The entries by their first two characters, and by their last two. */
    private final KeyIndex byFirst;
    private final KeyIndex byLast;
    /** The first and the last characters of every key: most positions of a page are neither. */
    private final BitSet firstChars = new BitSet();
    private final BitSet lastChars = new BitSet();

    private LexiconTrie(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (Lexicon.Entry e : lexicon.entries()) {
            byKey.put(e.key(), e); // a later line overrides an earlier one with the same key
        }
        for (String key : byKey.keySet()) {
            firstChars.set(key.charAt(0));
            lastChars.set(key.charAt(key.length() - 1));
        }
        byFirst = new KeyIndex(byKey.values(), false);
        byLast = new KeyIndex(byKey.values(), true);
    }

    /** Compiles a lexicon already read (tests build theirs from text). */
    static LexiconTrie of(Lexicon lexicon) {
        return new LexiconTrie(lexicon);
    }

    /** HanLP's trie of this large lexicon, built on first use; null for a small one. */
    private AhoCorasickDoubleArrayTrie<Lexicon.Entry> trie() {
        if (byKey.size() < TRIE_FROM) {
            return null;
        }
        AhoCorasickDoubleArrayTrie<Lexicon.Entry> t = trie;
        if (t == null) {
            synchronized (this) {
                t = trie;
                if (t == null) {
                    t = new AhoCorasickDoubleArrayTrie<>();
                    t.build(new TreeMap<>(byKey));
                    trie = t;
                }
            }
        }
        return t;
    }

    /**
     * Reads and compiles the lexicon at {@code location}: one or more {@code classpath:} resources or
     * files separated by {@link #SEPARATOR}; entries of later ones are added to, and override, earlier
     * ones, so {@code classpath:…/posts.txt|my-posts.txt} extends the built-in list. Pipelines share
     * one instance per lexicon through {@link LexiconResource}.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     * @throws UncheckedIOException when a file cannot be read
     */
    public static LexiconTrie read(String location) {
        List<Lexicon> parts = new ArrayList<>();
        for (String part : location.split(Pattern.quote(SEPARATOR))) {
            if (part.isBlank()) {
                continue;
            }
            if (part.startsWith(CLASSPATH)) {
                parts.add(Lexicon.fromClasspath(part.substring(CLASSPATH.length())));
                continue;
            }
            Path path = Path.of(part);
            try (InputStream in = Files.newInputStream(path)) {
                parts.add(Lexicon.parse(path.toString(), in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon " + part + ": " + e.getMessage(), e);
            }
        }
        return new LexiconTrie(Lexicon.merge(location, parts));
    }

    /** The file name of this lexicon's last part ({@code posts.txt}), as the schema knows it. */
    public String fileName() {
        String name = lexicon.name();
        String last = name.substring(name.lastIndexOf(SEPARATOR) + 1);
        return last.substring(Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\')) + 1);
    }

    /**
     * The one-character entries of class {@code name}, as a set of characters: the lexicon's word
     * classes that rules test character by character (level words 省 市 县, organ endings 局 办).
     */
    public CharClass chars(WordClass wordClass) {
        return chars(wordClass.name());
    }

    /** The one-character entries of the class spelt {@code name}. */
    CharClass chars(String name) {
        BitSet set = new BitSet();
        for (Lexicon.Entry e : lexicon.entries()) {
            if (e.key().length() == 1 && e.is(name) && byKey.get(e.key()) == e) {
                set.set(e.key().charAt(0));
            }
        }
        return new CharClass(set);
    }

    /** Every one-character entry, whatever its class (the level words 省 市 县 of levels.txt). */
    public CharClass chars() {
        BitSet set = new BitSet();
        for (Lexicon.Entry e : lexicon.entries()) {
            if (e.key().length() == 1) {
                set.set(e.key().charAt(0));
            }
        }
        return new CharClass(set);
    }

    /** The entries of class {@code wordClass}, longest first. */
    public List<String> words(WordClass wordClass) {
        return words(wordClass.name());
    }

    /** The entries of the class spelt {@code name} (a class a pattern file names), longest first. */
    List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (Lexicon.Entry e : lexicon.entries()) {
            if (e.is(name) && byKey.get(e.key()) == e) { // not one a later line overrides
                words.add(e.key());
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(words);
    }

    /** A set of characters of one lexicon class. */
    public static final class CharClass {
        private final BitSet chars;

        CharClass(BitSet chars) {
            this.chars = chars;
        }

        public boolean has(char c) {
            return chars.get(c);
        }

        /** {@code text} has a character of this class at {@code i} (false outside the text). */
        public boolean at(CharSequence text, int i) {
            return i >= 0 && i < text.length() && chars.get(text.charAt(i));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CharClass c && chars.equals(c.chars);
        }

        @Override
        public int hashCode() {
            return chars.hashCode();
        }
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The entry for exactly {@code key}, or null. */
    public Lexicon.Entry get(String key) {
        return byKey.get(key);
    }

    /** Every occurrence of an entry in {@code text}, indexed for longest-match look-ups. */
    public Matches match(String text) {
        Eager hits = new Eager();
        AhoCorasickDoubleArrayTrie<Lexicon.Entry> large = trie();
        if (large != null) {
            large.parseText(text, hits::add);
        } else {
            for (int begin = 0; begin < text.length(); begin++) {
                char c = text.charAt(begin);
                if (firstChars.get(c)) {
                    for (Lexicon.Entry value : byFirst.longer(text, begin)) {
                        if (text.startsWith(value.key(), begin)) {
                            hits.add(begin, begin + value.key().length(), value);
                        }
                    }
                    Lexicon.Entry single = byFirst.single(c);
                    if (single != null) {
                        hits.add(begin, begin + 1, single);
                    }
                }
            }
        }
        hits.index();
        return hits;
    }

    /**
     * The same questions as {@link #match(String)} answers, but each answered when asked, from the
     * entries whose first (or last) two characters stand there: for a lexicon consulted at a
     * handful of places per page (places, levels, surnames) this is cheaper than a whole-text pass.
     */
    public Matches lazy(String text) {
        return new Matches() {
            @Override
            public int endAt(int pos) {
                Lexicon.Entry e = startingAt(text, pos);
                return e == null ? -1 : pos + e.key().length();
            }

            @Override
            public Lexicon.Entry entryAt(int pos) {
                return startingAt(text, pos);
            }

            @Override
            public int beginAt(int end) {
                Lexicon.Entry e = endingAt(text, end);
                return e == null ? -1 : end - e.key().length();
            }

            @Override
            public Lexicon.Entry entryEndingAt(int end) {
                return endingAt(text, end);
            }
        };
    }

    /** The longest entry starting at {@code pos}, or null. */
    private Lexicon.Entry startingAt(String text, int pos) {
        if (pos < 0 || pos >= text.length() || !firstChars.get(text.charAt(pos))) {
            return null;
        }
        for (Lexicon.Entry e : byFirst.longer(text, pos)) {
            if (text.startsWith(e.key(), pos)) {
                return e;
            }
        }
        return byFirst.single(text.charAt(pos));
    }

    /** The longest entry ending at {@code end} (exclusive), or null. */
    private Lexicon.Entry endingAt(String text, int end) {
        if (end <= 0 || end > text.length() || !lastChars.get(text.charAt(end - 1))) {
            return null;
        }
        for (Lexicon.Entry e : byLast.longer(text, end)) {
            int begin = end - e.key().length();
            if (begin >= 0 && text.startsWith(e.key(), begin)) {
                return e;
            }
        }
        return byLast.single(text.charAt(end - 1));
    }

    /** The matches of one text: the longest entry starting at, or ending at, each offset. */
    public interface Matches {
        /** End of the longest entry starting at {@code pos}, or -1. */
        int endAt(int pos);

        /** The longest entry starting at {@code pos}, or null. */
        Lexicon.Entry entryAt(int pos);

        /** Begin of the longest entry ending at {@code end} (exclusive), or -1. */
        int beginAt(int end);

        /** The longest entry ending at {@code end} (exclusive), or null. */
        Lexicon.Entry entryEndingAt(int end);
    }

    /**
     * The entries of a lexicon by their first two characters (or, read backwards, their last
     * two), longest first, and the one-character entries apart: most positions where a key's
     * first character stands leave one or two candidates to compare, not every key with that
     * character (35 posts begin with 副).
     */
    private static final class KeyIndex {
        private static final Lexicon.Entry[] NONE = {};
        private final boolean backwards;
        /** (first char << 16 | second char), sorted, for keys of two characters or more. */
        private final int[] pairs;
        private final Lexicon.Entry[][] longer;
        /**
         * The one-character entries by character, in blocks of 256 made only where one stands:
         * common characters (的, 在) are keys of the context lexicons, asked at every position.
         */
        private final Lexicon.Entry[][] singles = new Lexicon.Entry[256][];
        /** The second characters of the pairs: most look-ups of longer keys end here. */
        private final BitSet seconds = new BitSet();

        KeyIndex(java.util.Collection<Lexicon.Entry> all, boolean backwards) {
            this.backwards = backwards;
            Lexicon.Entry[] entries = all.toArray(Lexicon.Entry[]::new);
            // grouped by pair through one sort of longs (pair, index): thousands of places build fast
            long[] keyed = new long[entries.length];
            int n = 0;
            List<Lexicon.Entry> oneChar = new ArrayList<>();
            for (int i = 0; i < entries.length; i++) {
                String k = entries[i].key();
                if (k.length() == 1) {
                    oneChar.add(entries[i]);
                } else {
                    int pair = backwards ? pair(k.charAt(k.length() - 1), k.charAt(k.length() - 2)) : pair(k.charAt(0), k.charAt(1));
                    keyed[n++] = (long) pair << 32 | i;
                    seconds.set(backwards ? k.charAt(k.length() - 2) : k.charAt(1));
                }
            }
            keyed = Arrays.copyOf(keyed, n);
            Arrays.sort(keyed);
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i == 0 || keyed[i] >> 32 != keyed[i - 1] >> 32) {
                    starts.add(i);
                }
            }
            starts.add(n);
            pairs = new int[starts.size() - 1];
            longer = new Lexicon.Entry[pairs.length][];
            for (int g = 0; g < pairs.length; g++) {
                int from = starts.get(g);
                int to = starts.get(g + 1);
                pairs[g] = (int) (keyed[from] >> 32);
                longer[g] = new Lexicon.Entry[to - from];
                for (int k = from; k < to; k++) {
                    longer[g][k - from] = entries[(int) keyed[k]];
                }
                Arrays.sort(longer[g], Comparator.comparingInt((Lexicon.Entry x) -> x.key().length()).reversed());
            }
            for (Lexicon.Entry e : oneChar) {
                char c = e.key().charAt(0);
                if (singles[c >>> 8] == null) {
                    singles[c >>> 8] = new Lexicon.Entry[256];
                }
                singles[c >>> 8][c & 0xFF] = e;
            }
        }

        private static int pair(char first, char second) {
            return first << 16 | second;
        }

        /**
         * The keys of two characters or more that may start at {@code pos} (backwards: end at
         * {@code pos}, exclusive), longest first: those whose first two characters are there.
         */
        Lexicon.Entry[] longer(String text, int pos) {
            int pair;
            if (backwards) {
                if (pos < 2 || !seconds.get(text.charAt(pos - 2))) {
                    return NONE;
                }
                pair = pair(text.charAt(pos - 1), text.charAt(pos - 2));
            } else {
                if (pos + 1 >= text.length() || !seconds.get(text.charAt(pos + 1))) {
                    return NONE;
                }
                pair = pair(text.charAt(pos), text.charAt(pos + 1));
            }
            int i = Arrays.binarySearch(pairs, pair);
            return i < 0 ? NONE : longer[i];
        }

        /** The one-character entry {@code c}, or null. */
        Lexicon.Entry single(char c) {
            Lexicon.Entry[] block = singles[c >>> 8];
            return block == null ? null : block[c & 0xFF];
        }
    }

    /**
     * One side of a text's matches (where they begin, or where they end): the positions that have
     * one, as a bit set and a sorted array, and the best match at each.
     */
    private static final class Side {
        private final BitSet at = new BitSet();
        private final int[] positions;
        private final int[] hits;

        /** Of the {@code count} matches at {@code position[hit]}, keeps at each position the {@code better} one. */
        Side(int[] position, int count, java.util.function.IntBinaryOperator better) {
            long[] keyed = new long[count];
            for (int i = 0; i < count; i++) {
                keyed[i] = (long) position[i] << 32 | i;
            }
            Arrays.sort(keyed);
            int[] pos = new int[count];
            int[] best = new int[count];
            int n = 0;
            for (long key : keyed) {
                int p = (int) (key >>> 32);
                int hit = (int) key;
                if (n > 0 && pos[n - 1] == p) {
                    best[n - 1] = better.applyAsInt(best[n - 1], hit);
                } else {
                    pos[n] = p;
                    best[n++] = hit;
                    at.set(p);
                }
            }
            positions = Arrays.copyOf(pos, n);
            hits = Arrays.copyOf(best, n);
        }

        /** The best match at {@code p}, or -1. */
        int hitAt(int p) {
            return p < 0 || !at.get(p) ? -1 : hits[Arrays.binarySearch(positions, p)];
        }
    }

    /**
     * Every match found in one pass over the text, kept sparse: a page holds a few dozen matches of
     * a lexicon, so two bit sets say where one begins or ends and sorted arrays of the matches
     * answer the rest, instead of arrays the length of the page.
     */
    private static final class Eager implements Matches {
        private int count;
        private int[] begins = new int[16];
        private int[] ends = new int[16];
        private Lexicon.Entry[] values = new Lexicon.Entry[16];
        /** The longest match starting at a position, and the longest ending at one. */
        private Side starts;
        private Side stops;

        /** One occurrence, in any order. */
        void add(int begin, int end, Lexicon.Entry value) {
            if (count == begins.length) {
                begins = Arrays.copyOf(begins, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                values = Arrays.copyOf(values, count * 2);
            }
            begins[count] = begin;
            ends[count] = end;
            values[count++] = value;
        }

        /** Keeps, for each begin, the longest occurrence from it; for each end, the longest to it. */
        void index() {
            starts = new Side(begins, count, (a, b) -> ends[b] > ends[a] ? b : a);
            stops = new Side(ends, count, (a, b) -> begins[b] < begins[a] ? b : a);
        }

        private int startingAt(int pos) {
            return starts.hitAt(pos);
        }

        private int endingAt(int end) {
            return stops.hitAt(end);
        }

        @Override
        public int beginAt(int end) {
            int hit = endingAt(end);
            return hit < 0 ? -1 : begins[hit];
        }

        @Override
        public Lexicon.Entry entryEndingAt(int end) {
            int hit = endingAt(end);
            return hit < 0 ? null : values[hit];
        }

        @Override
        public int endAt(int pos) {
            int hit = startingAt(pos);
            return hit < 0 ? -1 : ends[hit];
        }

        @Override
        public Lexicon.Entry entryAt(int pos) {
            int hit = startingAt(pos);
            return hit < 0 ? null : values[hit];
        }
    }
}
