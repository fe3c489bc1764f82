package io.github.tifa.lexicon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component's {@link LexiconResource} field with the lexicon file it reads, so that the
 * pipeline binds the built-in lexicon, or a user's file of the same name, to it without a table of
 * its own ({@code io.github.tifa.UserLexicons}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ReadsLexicon {
    LexiconFile value();
}
