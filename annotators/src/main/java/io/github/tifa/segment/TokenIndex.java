package io.github.tifa.segment;

import java.util.Arrays;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * HanLP's tokens of one document by character offset: the token starting at, ending at or covering
 * a position, and what its part of speech says. The rule annotators read words through this.
 */
public final class TokenIndex {
    /** The tokens in text order, and where each begins and ends: tokens do not overlap. */
    private final Token[] tokens;
    private final int[] begins;
    private final int[] ends;

    private TokenIndex(Token[] tokens) {
        this.tokens = tokens;
        begins = new int[tokens.length];
        ends = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            begins[i] = tokens[i].getBegin();
            ends[i] = tokens[i].getEnd();
        }
    }

    /** The last index this thread built: the rule annotators of one page share it. */
    private static final ThreadLocal<TokenIndex> LAST = new ThreadLocal<>();

    private Object cas;
    private String text;
    private int tokenCount;

    /**
     * The token index of {@code jcas}: built once per page and thread, and shared by the annotators
     * that run after one another on it (same CAS, same text, same number of tokens).
     */
    public static TokenIndex of(JCas jcas) {
        String text = jcas.getDocumentText();
        int tokens = jcas.getAnnotationIndex(Token.type).size();
        TokenIndex last = LAST.get();
        if (last != null && last.cas == jcas.getCas() && last.text == text && last.tokenCount == tokens) {
            return last;
        }
        TokenIndex index = build(jcas);
        index.cas = jcas.getCas();
        index.text = text;
        index.tokenCount = tokens;
        LAST.set(index);
        return index;
    }

    private static TokenIndex build(JCas jcas) {
        return new TokenIndex(JCasUtil.select(jcas, Token.class).toArray(Token[]::new));
    }

    /** The token that starts at {@code pos}, or null. */
    public Token startingAt(int pos) {
        int i = Arrays.binarySearch(begins, pos);
        return i < 0 ? null : tokens[i];
    }

    /** The token that ends at {@code pos} (exclusive), or null. */
    public Token endingAt(int pos) {
        int i = Arrays.binarySearch(ends, pos);
        return i < 0 ? null : tokens[i];
    }

    /** The token that covers the character at {@code pos}, or null (white space). */
    public Token covering(int pos) {
        int i = Arrays.binarySearch(begins, pos);
        if (i < 0) {
            i = -i - 2; // the last token beginning before pos
        }
        return i >= 0 && pos < ends[i] ? tokens[i] : null;
    }

    /** HanLP's part of speech of a token ({@code nr}, {@code ns}, {@code v} …), or "" for none. */
    public static String pos(Token t) {
        return t == null || t.getPos() == null || t.getPos().getPosValue() == null ? "" : t.getPos().getPosValue();
    }

    /** HanLP took the token for a person's name ({@code nr}, {@code nr1}, {@code nrf} …). */
    public static boolean isPerson(Token t) {
        return pos(t).startsWith("nr");
    }
}
