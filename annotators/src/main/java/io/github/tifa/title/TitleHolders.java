package io.github.tifa.title;

import java.util.ArrayList;
import java.util.List;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import io.github.tifa.lexicon.WordClass.TitleContext;
import io.github.tifa.model.Punctuation;
import io.github.tifa.segment.SpanIndex;
import io.github.tifa.type.OfficialTitle;

/** Who holds each title of a page (RULES.md, below the title table). */
final class TitleHolders {
    private TitleHolders() {
    }

    /**
     * Who holds each title: the names right after it (a 、-list of them), or passed back along a
     * 、-chain of titles (兼 links one too), else the name right before it, else the names before 为 (选举张三为…).
     * Right to left, so that a chain passes its holder back to its earlier titles.
     */
    static List<List<NamedEntity>> of(String text, List<OfficialTitle> titles, TitleLookup lookup) {
        SpanIndex<NamedEntity> persons = lookup.persons();
        List<List<NamedEntity>> holders = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            holders.add(new ArrayList<>());
        }
        for (int k = titles.size() - 1; k >= 0; k--) {
            OfficialTitle t = titles.get(k);
            int end = t.getEnd();
            List<NamedEntity> h = holders.get(k);
            NamedEntity next = persons.startingAt(end);
            if (next == null && lookup.has(end, TitleContext.HOLDER_AFTER)) {
                next = persons.startingAt(end + 1); // 时任县委书记的卢廷杰, 执行主席是张凡、郑国平
            }
            if (next != null) {
                h.add(next);
                while (next.getEnd() < text.length() && text.charAt(next.getEnd()) == '、'
                        && persons.startingAt(next.getEnd() + 1) != null) {
                    next = persons.startingAt(next.getEnd() + 1);
                    h.add(next);
                }
            } else if (end < text.length() && k + 1 < titles.size() && (text.charAt(end) == '、'
                    || lookup.has(end, TitleContext.CONCURRENT)) && titles.get(k + 1).getBegin() == end + 1) {
                h.addAll(holders.get(k + 1)); // 区委副书记、区长兼…书记林晓: the chain's last holder holds them all
            }
            if (h.isEmpty() && persons.endingAt(t.getBegin()) != null) {
                h.add(persons.endingAt(t.getBegin()));
            }
            if (h.isEmpty()) {
                h.addAll(namesBefore(text, lookup.pastCountAndFormer(t.getBegin()), persons, lookup, titles,
                        LevelLeader.NAME.equals(t.getRule())));
            }
        }
        return holders;
    }

    /**
     * 选举吴祖德、唐林慧为区人大常委会副主任, 林栋、晏品等县领导, 林某同志任市委副书记, 张某当选市长: the names
     * before 为 or 等 ({@code HOLDER_BEFORE}) or an {@code APPOINTED_TO} word, 同志 between or not, hold the title at {@code begin}.
     */
    private static List<NamedEntity> namesBefore(String text, int begin, SpanIndex<NamedEntity> persons,
            TitleLookup lookup, List<OfficialTitle> titles, boolean leadership) {
        List<NamedEntity> names = new ArrayList<>();
        int mark = lookup.endsWith(begin, TitleContext.APPOINTED_TO) ? lookup.contextHits().beginAt(begin)
                : begin > 0 && lookup.shapes().holderBefore().has(text.charAt(begin - 1)) ? begin - 1 : -1;
        int namesEnd = mark > 0 && lookup.endsWith(mark, TitleContext.HONORIFIC) ? lookup.contextHits().beginAt(mark) : mark;
        if (namesEnd > 0 && persons.endingAt(namesEnd) != null) {
            NamedEntity before = persons.endingAt(namesEnd);
            names.add(0, before);
            while (before.getBegin() > 1 && text.charAt(before.getBegin() - 1) == '、'
                    && persons.endingAt(before.getBegin() - 1) != null) {
                before = persons.endingAt(before.getBegin() - 1);
                names.add(0, before);
            }
            int first = names.get(0).getBegin();
            boolean titled = titles.stream().anyMatch(t -> t.getEnd() == first);
            if (leadership && lookup.has(mark, TitleContext.OPEN_LIST)) {
                return listedLeaders(text, names, persons, titles); // 县委书记林某，县长王某等县领导: the leaders listed
            }
            if (lookup.has(mark, TitleContext.OPEN_LIST) && titled) {
                return List.of(); // 县长冉立新等县委常委: the names hold the title before them; the list is open
            }
        }
        return names;
    }

    /**
     * The leaders listed before 等 and a leadership (县委书记林某，县委副书记、县长王某，县政协主席赵某等县领导): from
     * {@code names}, back over each name's own posts and a comma or 、 to the name before them.
     */
    private static List<NamedEntity> listedLeaders(String text, List<NamedEntity> names, SpanIndex<NamedEntity> persons,
            List<OfficialTitle> titles) {
        List<NamedEntity> leaders = new ArrayList<>(names);
        int pos = leaders.get(0).getBegin();
        while (true) {
            pos = postsBefore(text, pos, titles);
            NamedEntity before = pos > 1 && Punctuation.PAUSES.has(text.charAt(pos - 1)) ? persons.endingAt(pos - 1) : null;
            if (before == null) {
                return leaders;
            }
            leaders.add(0, before);
            pos = before.getBegin();
        }
    }

    /** Where the 、-chain of posts that ends at {@code end} begins (县委副书记、县长|王某); {@code end} if none. */
    private static int postsBefore(String text, int end, List<OfficialTitle> titles) {
        int pos = end;
        for (boolean more = true; more;) {
            more = false;
            for (OfficialTitle t : titles) {
                if (t.getEnd() == pos || t.getEnd() == pos - 1 && pos < end && text.charAt(pos - 1) == '、') {
                    pos = t.getBegin();
                    more = true;
                    break;
                }
            }
        }
        return pos;
    }


}
