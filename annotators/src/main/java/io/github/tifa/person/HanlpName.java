package io.github.tifa.person;

import java.util.ArrayList;
import java.util.List;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.WordClass.PersonContext;
import io.github.tifa.rules.Rule;

/**
 * {@code person.hanlp}: HanLP's own name guess ({@code nr}) that starts with a surname and that the
 * text supports (a follower or title after it, a post or organ before it, or the name printed again);
 * not a place, a level, a count, a dateline, nor the start of a place's or organisation's name.
 */
final class HanlpName implements Rule<PersonPage, PersonSpan> {
    static final String NAME = "person.hanlp";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<PersonSpan> propose(PersonPage page) {
        List<PersonSpan> found = new ArrayList<>();
        for (Token t : page.personTokens) {
            if (page.isPlace(t.getCoveredText())) {
                continue; // a place HanLP took for a name
            }
            int begin = page.surnameBefore(t);
            int end = begin < t.getBegin() ? t.getEnd() : page.wholeName(t.getBegin(), t.getEnd());
            if (page.transliteratedEnd(begin) > end) {
                continue; // 阿依|古丽·吐尔逊: the first part of a transliterated name is no name of its own
            }
            if (page.plausible(begin, end)
                    && !page.isLevel(begin) // 临河区|国动办, 区三届: a level, not 区 the surname
                    && !page.insideShortQuote(begin, end) && !page.placeOrCount(begin, end)
                    && !page.has(end, PersonContext.NAME_OF_PLACE_OR_ORG) && !page.townNameGoesOn(end)
                    && page.supported(begin, end)) {
                found.add(new PersonSpan(begin, end, NAME, 1));
            }
        }
        return found;
    }
}
