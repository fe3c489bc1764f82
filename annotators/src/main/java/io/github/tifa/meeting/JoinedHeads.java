package io.github.tifa.meeting;

/** {@code meeting.joined-heads}: two names joined by a {@code JOINER} (暨) into one (…工作会议暨…推进会). */
final class JoinedHeads extends NameRule {
    static final String NAME = "meeting.joined-heads";

    JoinedHeads(MeetingNames reading) {
        super(reading);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean takes(MeetingNames.Name n) {
        return n.joined();
    }
}
