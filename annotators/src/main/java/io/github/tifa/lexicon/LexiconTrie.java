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
 * A lexicon compiled into HanLP's Aho-Corasick double-array trie: one pass over a text finds every
 * entry in it. Read-only once built: {@link LexiconResource} shares one per lexicon across a pipeline.
 */
public final class LexiconTrie {
    /** Prefix of a lexicon location on the class path; anything else is a file path. */
    public static final String CLASSPATH = "classpath:";
    /** Separates the parts of a location that merges several lexicons. */
    public static final String SEPARATOR = "|";

    /**
     * Below this many words a lexicon is matched through an index by first character instead of a
     * double-array trie: HanLP's builder allocates some 18 MB per trie whatever its size, which
     * costs more start-up time than a list of a few hundred words saves. Only places.txt (6,000
     * names) is built into a trie.
     */
    static final int TRIE_FROM = 1000;

    private final Lexicon lexicon;
    /** Every key, a later line overriding an earlier one with the same key. */
    private final Map<String, Lexicon.Entry> byKey = new HashMap<>();
    /** For a large lexicon: HanLP's Aho-Corasick double-array trie; else null. */
    private final AhoCorasickDoubleArrayTrie<Lexicon.Entry> trie;
    /** For a small lexicon: the entries by first character, and by last, longest first. */
    private final Map<Character, List<Lexicon.Entry>> byFirst = new HashMap<>();
    private final Map<Character, List<Lexicon.Entry>> byLast = new HashMap<>();
    /** The first and the last characters of every key: most positions of a page are neither. */
    private final BitSet firstChars = new BitSet();
    private final BitSet lastChars = new BitSet();
    private final int maxKeyLength;
    /** This thread's last eager matches: persons and titles read the same posts of the same page. */
    private final ThreadLocal<Object[]> lastMatch = new ThreadLocal<>();

    private LexiconTrie(Lexicon lexicon) {
        this.lexicon = lexicon;
        TreeMap<String, Lexicon.Entry> map = new TreeMap<>();
        for (Lexicon.Entry e : lexicon.entries()) {
            map.put(e.key(), e); // a later line overrides an earlier one with the same key
        }
        byKey.putAll(map);
        for (String key : map.keySet()) {
            firstChars.set(key.charAt(0));
            lastChars.set(key.charAt(key.length() - 1));
        }
        if (map.size() >= TRIE_FROM) {
            trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(map);
        } else {
            trie = null;
            for (Lexicon.Entry e : map.values()) {
                byFirst.computeIfAbsent(e.key().charAt(0), k -> new ArrayList<>()).add(e);
                byLast.computeIfAbsent(e.key().charAt(e.key().length() - 1), k -> new ArrayList<>()).add(e);
            }
            Comparator<Lexicon.Entry> longestFirst = Comparator.comparingInt((Lexicon.Entry e) -> e.key().length()).reversed();
            byFirst.values().forEach(l -> l.sort(longestFirst));
            byLast.values().forEach(l -> l.sort(longestFirst));
        }
        this.maxKeyLength = map.keySet().stream().mapToInt(String::length).max().orElse(0);
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
    public CharClass chars(String name) {
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

    /** The entries of class {@code name}, longest first. */
    public List<String> words(String name) {
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
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The entry for exactly {@code key}, or null. */
    public Lexicon.Entry get(String key) {
        return byKey.get(key);
    }

    /**
     * Every occurrence of an entry in {@code text}, indexed for longest-match look-ups; the same
     * object again when this thread asks twice in a row for the same text.
     */
    public Matches match(String text) {
        Object[] last = lastMatch.get();
        if (last != null && last[0] == text) {
            return (Matches) last[1];
        }
        Matches m = matchNow(text);
        lastMatch.set(new Object[] {text, m});
        return m;
    }

    private Matches matchNow(String text) {
        int n = text.length();
        int[] longestEnd = new int[n];
        Lexicon.Entry[] longest = new Lexicon.Entry[n];
        int[] longestBegin = new int[n + 1];
        Lexicon.Entry[] longestBack = new Lexicon.Entry[n + 1];
        Arrays.fill(longestEnd, -1);
        Arrays.fill(longestBegin, -1);
        Eager hits = new Eager(longestEnd, longest, longestBegin, longestBack);
        if (trie == null) {
            for (int begin = 0; begin < n; begin++) {
                List<Lexicon.Entry> candidates = firstChars.get(text.charAt(begin)) ? byFirst.get(text.charAt(begin)) : null;
                if (candidates != null) {
                    for (Lexicon.Entry value : candidates) {
                        if (text.startsWith(value.key(), begin)) {
                            hits.add(begin, begin + value.key().length(), value);
                        }
                    }
                }
            }
        } else {
            trie.parseText(text, hits::add);
        }
        return hits;
    }

    /**
     * The same questions as {@link #match(String)} answers, but each answered when asked, by
     * looking the few substrings up: for a lexicon consulted at a handful of places per page
     * (places, levels, surnames) this is cheaper than a pass over the whole page.
     */
    public Matches lazy(String text) {
        return new Matches() {
            @Override
            public int endAt(int pos) {
                if (pos < 0 || pos >= text.length() || !firstChars.get(text.charAt(pos))) {
                    return -1;
                }
                if (trie == null) {
                    for (Lexicon.Entry e : byFirst.get(text.charAt(pos))) {
                        if (text.startsWith(e.key(), pos)) {
                            return pos + e.key().length();
                        }
                    }
                    return -1;
                }
                for (int len = Math.min(maxKeyLength, text.length() - pos); len > 0; len--) {
                    if (lastChars.get(text.charAt(pos + len - 1)) && get(text.substring(pos, pos + len)) != null) {
                        return pos + len;
                    }
                }
                return -1;
            }

            @Override
            public Lexicon.Entry entryAt(int pos) {
                int end = endAt(pos);
                return end < 0 ? null : get(text.substring(pos, end));
            }

            @Override
            public int beginAt(int end) {
                if (end <= 0 || end > text.length() || !lastChars.get(text.charAt(end - 1))) {
                    return -1;
                }
                if (trie == null) {
                    for (Lexicon.Entry e : byLast.get(text.charAt(end - 1))) {
                        int begin = end - e.key().length();
                        if (begin >= 0 && text.startsWith(e.key(), begin)) {
                            return begin;
                        }
                    }
                    return -1;
                }
                for (int len = Math.min(maxKeyLength, end); len > 0; len--) {
                    if (firstChars.get(text.charAt(end - len)) && get(text.substring(end - len, end)) != null) {
                        return end - len;
                    }
                }
                return -1;
            }

            @Override
            public Lexicon.Entry entryEndingAt(int end) {
                int begin = beginAt(end);
                return begin < 0 ? null : get(text.substring(begin, end));
            }
        };
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

    /** Every match found in one pass over the text. */
    private static final class Eager implements Matches {
        private final int[] longestEnd;
        private final Lexicon.Entry[] longest;
        private final int[] longestBegin;
        private final Lexicon.Entry[] longestBack;

        Eager(int[] longestEnd, Lexicon.Entry[] longest, int[] longestBegin, Lexicon.Entry[] longestBack) {
            this.longestEnd = longestEnd;
            this.longest = longest;
            this.longestBegin = longestBegin;
            this.longestBack = longestBack;
        }

        /** One occurrence: kept where it is the longest from its begin, or to its end. */
        void add(int begin, int end, Lexicon.Entry value) {
            if (end > longestEnd[begin]) {
                longestEnd[begin] = end;
                longest[begin] = value;
            }
            if (longestBegin[end] < 0 || begin < longestBegin[end]) {
                longestBegin[end] = begin;
                longestBack[end] = value;
            }
        }

        @Override
        public int beginAt(int end) {
            return end < 0 || end >= longestBegin.length ? -1 : longestBegin[end];
        }

        @Override
        public Lexicon.Entry entryEndingAt(int end) {
            return end < 0 || end >= longestBack.length ? null : longestBack[end];
        }

        @Override
        public int endAt(int pos) {
            return pos < 0 || pos >= longestEnd.length ? -1 : longestEnd[pos];
        }

        @Override
        public Lexicon.Entry entryAt(int pos) {
            return pos < 0 || pos >= longest.length ? null : longest[pos];
        }
    }
}
