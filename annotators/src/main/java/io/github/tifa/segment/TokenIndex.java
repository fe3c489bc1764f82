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

    /** The token index of {@code jcas}: the tokens in text order, for look-ups by offset. */
    public static TokenIndex of(JCas jcas) {
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
        return TagGroup.PERSON.has(pos(t));
    }
}
