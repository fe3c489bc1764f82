package io.github.tifa.person;

import java.util.ArrayList;
import java.util.List;

import io.github.tifa.lexicon.WordClass.PersonContext;
import io.github.tifa.rules.Rule;

/** {@code person.before-title}: a name right before an {@code AFTER_NAME} word (王亚栋同志, 习近平总书记). */
final class BeforeTitle implements Rule<PersonPage, PersonSpan> {
    static final String NAME = "person.before-title";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<PersonSpan> propose(PersonPage page) {
        List<PersonSpan> found = new ArrayList<>();
        for (int i = 0; i < page.text.length(); i++) {
            int[] name = page.has(i, PersonContext.AFTER_NAME) ? page.nameBefore(i) : null;
            if (name != null) {
                found.add(new PersonSpan(name[0], name[1], NAME, 2));
            }
        }
        return found;
    }
}
