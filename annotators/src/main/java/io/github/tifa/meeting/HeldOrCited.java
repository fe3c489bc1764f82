package io.github.tifa.meeting;

import static io.github.tifa.meeting.MeetingText.contextEntry;
import static io.github.tifa.meeting.MeetingText.is;

import java.util.HashSet;
import java.util.Set;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.WordClass.MeetingContext;
import io.github.tifa.model.Punctuation;

/**
 * Whether the article reports a meeting held or only cites it, decided from the clause that names
 * it: cited right after a {@code CITE_BEFORE} word or before a {@code CITE_AFTER} one (传达…精神), inside
 * a document's title (《…会议决议》), or when still to come ({@code FUTURE}: 即将召开, 开好; a {@code DRAFT} of its
 * papers after it: X会议议程（草案）); held
 * when a {@code HELD_VERB} reports it (召开, 举行, 主持), it is the time or place of what is said
 * (会上, 仪式后), a demonstrative points back to it (本次), it adopts its own agenda ({@code OWN_AGENDA}:
 * 通过《X会议议程》), or it is named again after it was reported held. Anything else is cited (…全会提出, …确定的).
 */
final class HeldOrCited {
    /** Characters after a name in which a FUTURE word is its own predicate's (会议将于…召开). */
    private static final int FUTURE_REACH = 3;
    private final MeetingPage page;
    /** The names of the meetings this page reported held, for their later mentions. */
    private final Set<String> heldNames = new HashSet<>();

    HeldOrCited(MeetingPage page) {
        this.page = page;
    }

    /** Decides the meeting {@code [begin, end)}; call in text order, so later mentions know the earlier. */
    boolean held(int begin, int end) {
        String text = page.text();
        String name = text.substring(begin, end);
        int from = MeetingText.clauseStart(text, begin);
        int to = clauseEnd(end);
        // a paper of it still a draft in its clause (X会议召开日期的建议（草案）) before the page reported it held: it is to come
        boolean drafted = has(end, to, MeetingContext.DRAFT) && !heldNames.contains(name);
        boolean held = ownPapersAdopted(begin, end, from)
                || !drafted && !cited(begin, end, from, to) && (reported(begin, end, from, to) || heldNames.contains(name));
        if (held) {
            heldNames.add(name);
        }
        return held;
    }

    /** Cited: by the words next to it, inside a document's title, or still to come in its clause [from, to). */
    private boolean cited(int begin, int end, int from, int to) {
        String text = page.text();
        int ceremonyEnd = page.headHits.endAt(end); // X开班式上的讲话: the speech at X's own ceremony
        if (is(page.contextHits.entryAt(end), MeetingContext.CITE_AFTER) || has(end, to, MeetingContext.SPEECH_OCCASION)
                || ceremonyEnd > end && is(page.contextHits.entryAt(ceremonyEnd), MeetingContext.CITE_AFTER)) {
            return true; // X精神; 看望参加X的…委员时的重要讲话
        }
        Token before = page.tokens().endingAt(begin);
        if (before != null && is(contextEntry(page.contextHits, before), MeetingContext.CITE_BEFORE)) {
            return true;
        }
        // still to come, before the name or in its own predicate (会议将于…召开), not another name's (…关于召开 Y);
        // or over before what the clause reports (X圆满闭幕后，…)
        return insideTitle(begin) || has(from, begin, MeetingContext.FUTURE)
                || has(end, Math.min(to, end + FUTURE_REACH), MeetingContext.FUTURE) || has(from, to, MeetingContext.PAST);
    }

    /**
     * A verb of holding in the clause (召开, 举行, 展开; after the name not one of a relative clause: X是在…召开的),
     * the time or place of what is said (会上, 仪式后), or a demonstrative that points back to the meeting reported
     * (本次, 此次).
     */
    private boolean reported(int begin, int end, int from, int to) {
        return has(from, begin, MeetingContext.HELD_VERB) || reportedAfter(end, to)
                || is(page.contextHits.entryAt(end), MeetingContext.POSITION)
                || is(page.contextHits.entryEndingAt(begin), MeetingContext.DEMONSTRATIVE);
    }

    /** A verb of holding after the name in its clause that is not a relative clause's (X是在…召开的一次会议). */
    private boolean reportedAfter(int end, int to) {
        for (int i = end; i < to; i++) {
            if (is(page.contextHits.entryAt(i), MeetingContext.HELD_VERB)) {
                int after = page.contextHits.endAt(i);
                if (after >= page.text().length() || !is(page.contextHits.entryAt(after), MeetingContext.RELATIVE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean has(int from, int to, MeetingContext cls) {
        for (int i = from; i < to; i++) {
            if (is(page.contextHits.entryAt(i), cls)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Its own agenda, voting rules or resolution adopted in the clause, no draft (通过《X会议议程》, 通过X政治决议):
     * a meeting adopts them only while it sits.
     */
    private boolean ownPapersAdopted(int begin, int end, int from) {
        String text = page.text();
        int paperEnd = page.contextHits.endAt(end);
        if (paperEnd <= end || !is(page.contextHits.entryAt(end), MeetingContext.OWN_AGENDA)
                || !has(from, begin, MeetingContext.ADOPTING)) {
            return false;
        }
        int p = paperEnd;
        while (p + 1 < text.length() && text.charAt(p) == '、' && is(page.contextHits.entryAt(p + 1), MeetingContext.OWN_AGENDA)) {
            p = page.contextHits.endAt(p + 1); // X会议议程、日程
        }
        if (insideTitle(begin)) {
            if (p >= text.length() || text.charAt(p) != '》') {
                return false; // 《X会议议程(草案)》: a draft
            }
            p++;
        }
        return !(p + 1 < text.length() && is(page.contextHits.entryAt(p + 1), MeetingContext.DRAFT)); // …议程（草案）
    }

    /** 《 before the name and no 》 between: the name is part of a document's title. */
    private boolean insideTitle(int begin) {
        String text = page.text();
        for (int i = begin - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (c == '》') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }


    private int clauseEnd(int end) {
        int i = end;
        while (i < page.text().length() && !Punctuation.CLAUSE_END.has(page.text().charAt(i))) {
            i++;
        }
        return i;
    }
}
