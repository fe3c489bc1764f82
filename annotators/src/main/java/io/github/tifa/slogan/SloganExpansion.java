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

    /** For A（以下简称“X”） or A，简称“X”: the name A, back to the clause start, without a leading verb. */
    static String namedBefore(String text, SloganAnnotator.Found f, TokenIndex tokens, LexiconTrie.Matches contextHits) {
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
    static List<String> items(String definition, int count) {
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
