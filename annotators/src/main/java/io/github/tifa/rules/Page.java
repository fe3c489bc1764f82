package io.github.tifa.rules;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.uima.jcas.JCas;

import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.WordClass;
import io.github.tifa.reflow.Han;
import io.github.tifa.segment.TokenIndex;

/**
 * One document as every rule reads it: its text, HanLP's tokens by offset, and the matches of each
 * lexicon, found once per page whichever rule asks first. A component builds one page view per
 * document and hands it to each of its rules; nothing of it outlives the call.
 */
public final class Page {
    private final String text;
    private final TokenIndex tokens;
    private final Map<LexiconTrie, LexiconTrie.Matches> everywhere = new IdentityHashMap<>();
    private final Map<LexiconTrie, LexiconTrie.Matches> onRequest = new IdentityHashMap<>();

    public Page(String text, TokenIndex tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** The page view of the document in {@code jcas}: its text and its tokens. */
    public static Page of(JCas jcas) {
        return new Page(jcas.getDocumentText() == null ? "" : jcas.getDocumentText(), TokenIndex.of(jcas));
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public TokenIndex tokens() {
        return tokens;
    }

    /** The character at {@code pos}, or 0 outside the text. */
    public char at(int pos) {
        return pos >= 0 && pos < text.length() ? text.charAt(pos) : 0;
    }

    /** The unit at {@code pos} belongs to a Han character (false outside the text). */
    public boolean han(int pos) {
        return Han.at(text, pos);
    }

    /**
     * Every match of {@code lexicon} in the text, found in one pass: for lexicons the rules consult
     * at most positions (posts, meeting heads).
     */
    public LexiconTrie.Matches matches(LexiconTrie lexicon) {
        return everywhere.computeIfAbsent(lexicon, l -> l.match(text));
    }

    /**
     * The matches of {@code lexicon}, each looked up when asked: for lexicons consulted at a handful
     * of positions (places, levels, surnames), where a whole-text pass costs more.
     */
    public LexiconTrie.Matches lookups(LexiconTrie lexicon) {
        return onRequest.computeIfAbsent(lexicon, l -> l.lazy(text));
    }

    /** The longest word of {@code hits} starting at {@code pos} has class {@code cls}. */
    public static boolean startsWith(LexiconTrie.Matches hits, int pos, WordClass cls) {
        Lexicon.Entry e = pos < 0 ? null : hits.entryAt(pos);
        return e != null && e.is(cls);
    }

    /** The longest word of {@code hits} ending at {@code end} has class {@code cls}. */
    public static boolean endsWith(LexiconTrie.Matches hits, int end, WordClass cls) {
        Lexicon.Entry e = end <= 0 ? null : hits.entryEndingAt(end);
        return e != null && e.is(cls);
    }
}
