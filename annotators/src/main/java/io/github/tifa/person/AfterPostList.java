package io.github.tifa.person;

import java.util.ArrayList;
import java.util.List;

import io.github.tifa.rules.Rule;

/**
 * {@code person.after-post-list}: the names of a 、-list after a name that follows a post
 * (区领导赵德林、吴海峰), each ending where a name may end.
 */
final class AfterPostList implements Rule<PersonPage, PersonSpan> {
    static final String NAME = "person.after-post-list";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<PersonSpan> propose(PersonPage page) {
        List<PersonSpan> found = new ArrayList<>();
        for (int[] name : page.namesAfterPosts()) {
            for (int p = name[1]; p < page.text.length() && page.text.charAt(p) == '、';) {
                int[] next = page.nameAt(p + 1);
                if (next == null || page.postHits.endAt(next[1]) > 0 || page.han(next[1]) && !page.boundary(next[1])) {
                    break;
                }
                found.add(new PersonSpan(next[0], next[1], NAME, 2));
                p = next[1];
            }
        }
        return found;
    }
}
