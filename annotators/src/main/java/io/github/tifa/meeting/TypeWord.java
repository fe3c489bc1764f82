package io.github.tifa.meeting;

/**
 * {@code meeting.type-word}: a specific head standing alone (座谈会, 党委会): a name with no qualifier
 * before its head. A generic head (会议, 大会) alone is no name: {@link MeetingNames} reads none.
 */
final class TypeWord extends NameRule {
    static final String NAME = "meeting.type-word";

    TypeWord(MeetingNames reading) {
        super(reading);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean takes(MeetingNames.Name n) {
        return !n.joined() && n.begin() == n.headBegin();
    }
}
