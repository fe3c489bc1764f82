package io.github.tifa.person;

import java.util.ArrayList;
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
        List<PersonSpan> found = new ArrayList<>();
        for (int i = 0; i < page.text.length(); i++) {
            int postEnd = page.postHits.endAt(i);
            int[] name = postEnd > 0 ? page.nameAt(postEnd) : null;
            if (name != null) {
                found.add(new PersonSpan(name[0], name[1], NAME, 2));
            }
        }
        return found;
    }
}
