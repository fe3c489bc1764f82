package io.github.tifa.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.tifa.rules.Rule;

/**
 * {@code person.surname-before-post}: a one-character surname right before a post, where a name may
 * start (after punctuation or at a line's start), names the holder the page prints in full with that
 * surname (区委书记林晓文 … 林书记说: 林). Local papers refer back to a leader so; without the full name
 * on the page the surname is not read.
 */
final class SurnameBeforePost implements Rule<PersonSpan.Known, PersonSpan> {
    static final String NAME = "person.surname-before-post";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<PersonSpan> propose(PersonSpan.Known before) {
        PersonPage page = before.page();
        String text = page.text;
        Set<Character> known = before.names().stream().filter(n -> n.end() - n.begin() >= 2)
                .map(n -> text.charAt(n.begin())).collect(Collectors.toSet());
        List<PersonSpan> found = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            int s = i - 1;
            if (page.postHits.endAt(i) > 0 && page.surnameHits.endAt(s) == i && known.contains(text.charAt(s))
                    && (s == 0 || !page.han(s - 1))) {
                found.add(new PersonSpan(s, i, NAME, 1));
            }
        }
        return found;
    }
}
