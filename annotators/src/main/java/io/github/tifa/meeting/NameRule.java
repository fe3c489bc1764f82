package io.github.tifa.meeting;

import java.util.List;

import io.github.tifa.rules.Rule;

/** A meeting rule that takes some of the names {@link MeetingNames} reads on a page: which ones, it says. */
abstract class NameRule implements Rule<MeetingPage, MeetingSpan> {
    private final MeetingNames reading;

    NameRule(MeetingNames reading) {
        this.reading = reading;
    }

    /** This rule takes {@code name} for a meeting. */
    abstract boolean takes(MeetingNames.Name name);

    @Override
    public List<MeetingSpan> propose(MeetingPage page) {
        return page.names(reading).stream().filter(this::takes)
                .map(n -> new MeetingSpan(n.begin(), n.end(), n.head(), n.joiner(), null, name(), n.ownBegin())).toList();
    }
}
