package io.github.tifa.meeting;

import java.util.List;

import io.github.tifa.rules.Rule;

/** {@code meeting.joined-heads}: two names joined by a {@code JOINER} (暨) into one (…工作会议暨…推进会). */
final class JoinedHeads implements Rule<MeetingPage, MeetingSpan> {
    static final String NAME = "meeting.joined-heads";
    private final MeetingNames reading;

    JoinedHeads(MeetingNames reading) {
        this.reading = reading;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<MeetingSpan> propose(MeetingPage page) {
        return page.names(reading).stream().filter(MeetingNames.Name::joined)
                .map(n -> new MeetingSpan(n.begin(), n.end(), n.head(), null, NAME)).toList();
    }
}
