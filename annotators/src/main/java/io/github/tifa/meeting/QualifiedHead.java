package io.github.tifa.meeting;

import java.util.List;

import io.github.tifa.rules.Rule;

/**
 * {@code meeting.qualified-head}: a head word with the organiser or qualifier before it
 * (济宁高新区党工委会议, 全市项目建设推进会), read leftwards as {@link MeetingNames} reads names,
 * unless 暨 joins two names into it.
 */
final class QualifiedHead implements Rule<MeetingPage, MeetingSpan> {
    static final String NAME = "meeting.qualified-head";
    private final MeetingNames reading;

    QualifiedHead(MeetingNames reading) {
        this.reading = reading;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<MeetingSpan> propose(MeetingPage page) {
        return page.names(reading).stream().filter(n -> n.begin() < n.headBegin() && !n.joined())
                .map(n -> new MeetingSpan(n.begin(), n.end(), n.head(), null, NAME)).toList();
    }
}
