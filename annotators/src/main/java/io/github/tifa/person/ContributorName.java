package io.github.tifa.person;

import java.util.List;

import io.github.tifa.rules.Rule;

/** {@code person.contributor}: every name a byline credits (the Contributors BylineAnnotator wrote). */
final class ContributorName implements Rule<PersonPage, PersonSpan> {
    static final String NAME = "person.contributor";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<PersonSpan> propose(PersonPage page) {
        return page.contributors.stream().map(c -> new PersonSpan(c[0], c[1], NAME, 3)).toList();
    }
}
