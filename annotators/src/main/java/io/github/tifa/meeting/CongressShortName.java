package io.github.tifa.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.tifa.rules.Rule;

/** {@code meeting.congress-short-name}: a congress cited by its short name, {@code CONGRESS@meeting_patterns.txt} (党的二十大, 十九大). */
final class CongressShortName implements Rule<MeetingPage, MeetingSpan> {
    static final String NAME = "meeting.congress-short-name";
    private final Pattern congress;

    CongressShortName(Pattern congress) {
        this.congress = congress;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<MeetingSpan> propose(MeetingPage page) {
        List<MeetingSpan> found = new ArrayList<>();
        Matcher m = congress.matcher(page.text());
        while (m.find()) {
            String session = m.group(1) != null ? m.group(1) : m.group(2); // 党的二十大 or 二十大 alone
            found.add(new MeetingSpan(m.start(), m.end(), null, -1, session, NAME, m.start()));
        }
        return found;
    }
}
