package io.github.tifa.meeting;

/**
 * {@code meeting.qualified-head}: a head word with the organiser or qualifier before it
 * (济宁高新区党工委会议, 全市项目建设推进会), read leftwards as {@link MeetingNames} reads names,
 * unless 暨 joins two names into it.
 */
final class QualifiedHead extends NameRule {
    static final String NAME = "meeting.qualified-head";

    QualifiedHead(MeetingNames reading) {
        super(reading);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean takes(MeetingNames.Name n) {
        return !n.joined() && n.begin() < n.headBegin();
    }
}
