package io.github.tifa.meeting;

import java.util.List;

import io.github.tifa.rules.Rule;

/**
 * {@code meeting.type-word}: a specific head standing alone (座谈会, 党委会): a name with no qualifier
 * before its head. A generic head (会议, 大会) alone is no name: {@link MeetingNames} reads none.
 */
final class TypeWord implements Rule<MeetingPage, MeetingSpan> {
    static final String NAME = "meeting.type-word";
    private final MeetingNames reading;

    TypeWord(MeetingNames reading) {
        this.reading = reading;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<MeetingSpan> propose(MeetingPage page) {
        return page.names(reading).stream().filter(n -> n.begin() == n.headBegin() && !n.joined())
                .map(n -> new MeetingSpan(n.begin(), n.end(), n.head(), null, NAME)).toList();
    }
}
