package io.github.tifa.person;

import java.util.List;

import io.github.tifa.rules.Rule;

/** {@code person.after-post}: a name that starts with a surname right after a post (主任钱立新). */
final class AfterPost implements Rule<PersonPage, PersonSpan> {
    static final String NAME = "person.after-post";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<PersonSpan> propose(PersonPage page) {
        return page.namesAfterPosts().stream().map(name -> new PersonSpan(name[0], name[1], NAME, 2)).toList();
    }
}
