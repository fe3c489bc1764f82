package io.github.tifa.slogan;

import java.util.ArrayList;
import java.util.List;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.WordClass.SloganContext;
import io.github.tifa.segment.TagGroup;
import io.github.tifa.segment.TokenIndex;

/** How a page spells out what a formula stands for: a name it abbreviates (A（以下简称“X”）), or its items (A、B、C). */
final class SloganExpansion {
    private SloganExpansion() {
    }

    /**
     * What the formula {@code canonical} at {@code f} stands for: the lexicon's expansion, else the
     * name it abbreviates, else its items defined after it (即 A、B、C) or before it (A、B、C“三项机制”); or "".
     */
    static String of(SloganPage page, String canonical, SloganSpan f) {
        Lexicon.Entry e = page.lexicons.formulas().get(canonical);
        if (e != null && !e.column(0).isEmpty()) {
            return e.column(0);
        }
        String named = namedBefore(page.text(), f, page.tokens(), page.contextHits);
        if (named != null) {
            return named;
        }
        int count = page.count(canonical);
        String after = definedAfter(page, f, count);
        return after != null ? after : definedBefore(page, f, count);
    }

    /** “5432”工作机制，即A、B、C、D: the items after an {@code IN_PLACE} word in the same sentence. */
    private static String definedAfter(SloganPage page, SloganSpan f, int count) {
        String text = page.text();
        int sentenceEnd = text.indexOf('。', f.end());
        if (sentenceEnd < 0) {
            sentenceEnd = text.length();
        }
        for (int i = f.end(); i < sentenceEnd; i++) {
            Lexicon.Entry c = page.contextHits.entryAt(i);
            if (c != null && c.is(SloganContext.IN_PLACE) && (i == 0 || "，,：:（(".indexOf(text.charAt(i - 1)) >= 0)) {
                List<String> items = items(text.substring(i + c.key().length(), sentenceEnd), count);
                if (!items.isEmpty()) {
                    return String.join("；", items);
                }
            }
        }
        return null;
    }

    /** A、B、C“三项机制”: as many items before the quotation as the formula counts, without a leading verb. */
    private static String definedBefore(SloganPage page, SloganSpan f, int count) {
        if (!f.quoted() || count <= 1) {
            return "";
        }
        String text = page.text();
        int open = f.begin() - 1;
        int from = open;
        while (from > 0 && "，,。；;：:\n“”".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        Token verb = page.tokens().startingAt(from);
        if (verb != null && verb.getEnd() < open && TagGroup.PLAIN_VERB.has(verb)) {
            from = verb.getEnd(); // 健全 A、B、C“三项机制”: the verb is not an item
        }
        List<String> items = List.of(text.substring(from, open).split("、"));
        if (items.size() == count && items.stream().allMatch(s -> !s.isBlank())) {
            return String.join("；", items);
        }
        return "";
    }

    /** For A（以下简称“X”） or A，简称“X”: the name A, back to the clause start, without a leading verb. */
    private static String namedBefore(String text, SloganSpan f, TokenIndex tokens, LexiconTrie.Matches contextHits) {
        if (!f.quoted()) {
            return null;
        }
        int open = f.begin() - 1;
        Lexicon.Entry alias = open > 0 ? contextHits.entryEndingAt(open) : null;
        int cue = alias != null && alias.is(SloganContext.ALIAS_CUE) ? contextHits.beginAt(open) : -1;
        if (cue <= 0) {
            return null;
        }
        int end = cue;
        if (end > 0 && "（(，,".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int from = end;
        while (from > 0 && "，,。；;：:\n“”（(）)".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        // 全面推进A（简称“X”）: the verb that introduces the name, and what leads up to it, are not part of it
        int start = from;
        Token t = tokens.startingAt(start);
        for (int k = 0; k < 4 && t != null && t.getEnd() < end; k++) {
            if (TagGroup.INTRODUCING_VERB.has(t)) {
                from = t.getEnd();
            }
            t = tokens.startingAt(t.getEnd());
        }
        String name = text.substring(from, end).strip();
        return name.isEmpty() ? null : name;
    }

    /** The items of an in-place definition: A、B、C up to the clause's end, as many as the count. */
    private static List<String> items(String definition, int count) {
        int stop = definition.length();
        for (int i = 0; i < definition.length(); i++) {
            if ("，,；;。".indexOf(definition.charAt(i)) >= 0) {
                stop = i;
                break;
            }
        }
        String[] parts = definition.substring(0, stop).split("、");
        if (parts.length < 2 || count > 1 && parts.length != count) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String p : parts) {
            items.add(p.strip());
        }
        return items;
    }
}
