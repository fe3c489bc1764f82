package io.github.tifa.rules;

import java.util.List;

/**
 * One row of RULES.md: a name, and the spans it proposes on a page. A component runs its list of
 * rules over one page view and settles overlaps with {@link io.github.tifa.model.Overlaps}; each
 * rule is tested alone on a prepared page.
 *
 * @param <P> the page view the rule reads (the shared {@link Page}, or a layer's view built on it)
 * @param <C> what it proposes
 */
public interface Rule<P, C> {
    /** The name written into every annotation the rule makes ({@code rule} in JSON, brat notes). */
    String name();

    /** The spans this rule proposes on {@code page}, in text order. */
    List<C> propose(P page);
}
