package io.github.tifa.person;

import java.util.ArrayList;
import java.util.List;

import io.github.tifa.lexicon.WordClass.PersonContext;
import io.github.tifa.rules.Rule;

/**
 * {@code person.name-list}: a list of 2–4-character names, each starting with a surname, separated
 * by 、 or spaces: three or more, or two when one of them is already known from another rule.
 */
final class NameList implements Rule<PersonSpan.Known, PersonSpan> {
    static final String NAME = "person.name-list";

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Lists of names (区领导唐海波、吕晨阳参加, 执行主席是张凡、郑国平、余晓凌, 孙立琳 杨兰英 段林强出席): the
     * delimiters decide where each name ends, whatever HanLP guessed. Inner items are two to four Han
     * characters starting with a surname; the first item starts where a name may start, the last
     * ends where a name may end, or the list ends at its last inner name when three or more come before an
     * item that is none. A list holds at least three names, or two when one of them is already known.
     */
    @Override
    public List<PersonSpan> propose(PersonSpan.Known before) {
        PersonPage page = before.page();
        List<PersonSpan> found = before.names();
        List<PersonSpan> lists = new ArrayList<>();
        String text = page.text;
        int n = text.length();
        for (int d = 0; d < n; d++) {
            if (!listMark(text.charAt(d)) || d > 0 && listMark(text.charAt(d - 1))) {
                continue;
            }
            // the inner items after this delimiter, each 2-4 Han characters up to the next delimiter
            List<int[]> items = new ArrayList<>();
            int[] first = firstItem(page, d);
            if (first == null) {
                continue;
            }
            items.add(first);
            int from = d + 1;
            int[] last = null;
            while (true) {
                int next = from;
                while (next < n && page.han(next) && next - from <= 4) {
                    next++;
                }
                if (next < n && listMark(text.charAt(next)) && next - from >= 2 && next - from <= 4
                        && page.surnameHits.endAt(from) > 0 && page.plausibleListItem(from, next)) {
                    items.add(new int[] {from, next});
                    from = next + 1;
                    continue;
                }
                last = lastItem(page, from);
                break;
            }
            if (last != null) {
                items.add(last);
            } else if (items.size() < 3) {
                continue; // 孙立琳、杨兰英、段林强、焉立中: a list of three or more ends at its last name
            }
            boolean known = items.stream().anyMatch(it -> found.stream().anyMatch(c -> c.begin() == it[0] && c.end() == it[1]
                    || c.begin() == it[0] && c.priority() >= 2));
            if (items.size() >= 3 || known) {
                for (int[] it : items) {
                    lists.add(new PersonSpan(it[0], it[1], NAME, 2));
                }
            }
            d = items.get(items.size() - 1)[0];
        }
        return lists;
    }

    private static boolean listMark(char c) {
        return c == '、' || c == ' ' || c == '\u3000';
    }

    /** The list's first name, ending at delimiter {@code d}: the longest that starts where a name may. */
    private static int[] firstItem(PersonPage page, int d) {
        for (int length = 3; length >= 2; length--) {
            int begin = d - length;
            if (begin >= 0 && page.surnameHits.endAt(begin) > 0 && page.plausibleListItem(begin, d)
                    && (!page.han(begin - 1) || page.boundaryBefore(begin) || page.endsBeforeName(begin))) {
                return new int[] {begin, d};
            }
        }
        return null;
    }

    /** The list's last name, from {@code begin}: the shortest that ends where a name may end. */
    private static int[] lastItem(PersonPage page, int begin) {
        if (page.surnameHits.endAt(begin) < 0) {
            return null;
        }
        for (int length = 2; length <= 3; length++) {
            int end = begin + length;
            if (end <= page.text.length() && page.plausibleListItem(begin, end)
                    && (end == page.text.length() || !page.han(end) || page.has(end, PersonContext.FOLLOWER)
                    || page.has(end, PersonContext.AFTER_NAME) || page.postHits.endAt(end) > 0)) {
                return new int[] {begin, end};
            }
        }
        return null;
    }
}
