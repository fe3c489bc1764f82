package io.github.tifa.segment;

import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * HanLP's tokens of one document by character offset: the token starting at, ending at or covering
 * a position, and what its part of speech says. The rule annotators read words through this.
 */
public final class TokenIndex {
    /** The tokens in text order: they do not overlap. */
    private final SpanIndex<Token> tokens;

    private TokenIndex(SpanIndex<Token> tokens) {
        this.tokens = tokens;
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
        return new TokenIndex(new SpanIndex<>(jcas.select(Token.class).asArray(Token.class)));
    }

    /** The token that starts at {@code pos}, or null. */
    public Token startingAt(int pos) {
        return tokens.startingAt(pos);
    }

    /** The token that ends at {@code pos} (exclusive), or null. */
    public Token endingAt(int pos) {
        return tokens.endingAt(pos);
    }

    /** The token that covers the character at {@code pos}, or null (white space). */
    public Token covering(int pos) {
        return tokens.covering(pos);
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
