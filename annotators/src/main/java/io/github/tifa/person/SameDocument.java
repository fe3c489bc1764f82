package io.github.tifa.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.github.tifa.lexicon.WordClass.PersonContext;
import io.github.tifa.model.Overlaps;
import io.github.tifa.rules.Rule;

/**
 * {@code person.same-document}: the names the other rules found, wherever else the page prints
 * them, the longest known name winning (赵文和 over HanLP's 赵文). Its proposal is the page's final
 * list of names: the known ones, less a HanLP guess inside a longer known name, plus the other
 * mentions.
 */
final class SameDocument implements Rule<PersonSpan.Known, PersonSpan> {
    static final String NAME = "person.same-document";
    /** Compiled once: String.replaceAll would compile it for every name. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Mentions of a name that must all go on with the same characters for the name to take them. */
    private static final int MIN_MENTIONS = 3;
    /** Characters a name may take on that way. */
    private static final int MAX_CONTINUATION = 2;

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Adds every other occurrence of a kept name; a longer known name wins over a shorter one. A
     * page knows a few dozen names at most, so a plain search per name beats building a trie.
     */
    @Override
    public List<PersonSpan> propose(PersonSpan.Known known) {
        PersonPage page = known.page();
        // a HanLP guess that the page prints as a place's name elsewhere (青禾镇) is no name anywhere
        Map<String, Integer> goesOn = new HashMap<>(); // each name's continuation, read once per page
        List<PersonSpan> kept = known.names().stream()
                .filter(c -> c.priority() > 1 || !page.printedAsPlace(page.text.substring(c.begin(), c.end())))
                .map(c -> {
                    int more = goesOn.computeIfAbsent(page.text.substring(c.begin(), c.end()), name -> continuation(page, name));
                    return more == 0 ? c : new PersonSpan(c.begin(), c.end() + more, c.rule(), c.priority());
                }).toList();
        TreeMap<String, String> names = new TreeMap<>();
        for (PersonSpan c : kept) {
            String name = page.text.substring(c.begin(), c.end());
            if (c.end() - c.begin() < 2) {
                continue; // a surname alone (林书记) names someone only before the post
            }
            names.put(name, name);
            names.put(SPACES.matcher(name).replaceAll(""), name);
            int dot = firstDot(name);
            if (dot >= 2) {
                String given = name.substring(0, dot).strip(); // 艾尔肯·托合提 … 艾尔肯与群众交谈
                names.putIfAbsent(given, given);
            }
        }
        Map<Integer, Integer> longest = new LinkedHashMap<>();
        List<String> sortedNames = List.copyOf(names.keySet());
        for (long hit : occurrences(page.text, sortedNames)) {
            int at = (int) (hit & Integer.MAX_VALUE);
            longest.merge(at, at + sortedNames.get((int) (hit >>> 31)).length(), Math::max);
        }
        List<PersonSpan> all = new ArrayList<>(kept);
        // a weaker (HanLP) mention inside a longer known name gives way: 赵文 inside 赵文和
        all.removeIf(c -> c.priority() == 1 && longest.getOrDefault(c.begin(), c.end()) > c.end());
        Overlaps.Taken taken = new Overlaps.Taken();
        all.forEach(c -> taken.add(c.begin(), c.end()));
        for (Map.Entry<Integer, Integer> e : longest.entrySet()) {
            int begin = e.getKey();
            int end = e.getValue();
            if (taken.free(begin, end)) {
                all.add(new PersonSpan(begin, end, NAME, 0));
                taken.add(begin, end);
            }
        }
        all.sort(Comparator.comparingInt(PersonSpan::begin));
        return all;
    }

    /**
     * How many Han characters (none, one or two) follow {@code name} at each of its {@value #MIN_MENTIONS} or more
     * mentions on the page, none of them a word that follows names, a post or a level (县长巴特|朝鲁带队, 巴特|朝鲁就,
     * 巴特|朝鲁向: HanLP read two characters of a four-character name): the name takes them.
     */
    private static int continuation(PersonPage page, String name) {
        String text = page.text;
        if (name.length() < 2 || name.length() > 3) {
            return 0;
        }
        List<Integer> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(at + name.length());
        }
        if (mentions.size() < MIN_MENTIONS) {
            return 0;
        }
        int more = 0;
        for (int k = 0; k < MAX_CONTINUATION; k++) {
            int first = mentions.get(0) + k;
            if (first >= text.length() || !page.han(first) || page.has(first, PersonContext.FOLLOWER)
                    || page.has(first, PersonContext.AFTER_NAME) || page.postHits.endAt(first) > 0 || page.isLevel(first)) {
                break;
            }
            int at = k;
            if (!mentions.stream().allMatch(m -> m + at < text.length() && text.charAt(m + at) == text.charAt(first))) {
                break;
            }
            more = k + 1;
        }
        return more;
    }

    /** Where the first middle dot of a transliterated name is, or -1. */
    private static int firstDot(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (PersonPage.NAME_DOTS.indexOf(name.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every occurrence of the names in {@code text}, found in one pass rather than one search of
     * the page per name, in the order a search per name finds them: by name, then by position.
     * Each is packed as (name's rank, position) in one long.
     */
    private static long[] occurrences(String text, List<String> names) {
        if (names.isEmpty()) {
            return new long[0];
        }
        BitSet firsts = new BitSet();
        for (String name : names) {
            firsts.set(name.charAt(0));
        }
        long[] hits = new long[16];
        int n = 0;
        for (int at = 0; at < text.length(); at++) {
            if (!firsts.get(text.charAt(at))) {
                continue;
            }
            for (int rank = 0; rank < names.size(); rank++) {
                String name = names.get(rank);
                if (name.charAt(0) == text.charAt(at) && text.startsWith(name, at)) {
                    if (n == hits.length) {
                        hits = Arrays.copyOf(hits, 2 * n);
                    }
                    hits[n++] = (long) rank << 31 | at;
                }
            }
        }
        hits = Arrays.copyOf(hits, n);
        Arrays.sort(hits); // by rank, then by position
        return hits;
    }
}
