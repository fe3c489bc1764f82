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
        EagerMatches hits = new EagerMatches();
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
}
