package io.github.tifa.meeting;

import java.util.List;
import java.util.regex.Pattern;

import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.WordClass.HeadNote;

/**
 * A meeting's type and mode: EXECUTIVE for a presidium's meeting, PLENARY for a session of an assembly's standing committee, else the type its head word gives, or for a generic head (会议) the type of
 * the head inside it once the mode is taken out, or the party-committee or plenary pattern; the
 * mode printed in the name or in the words after it.
 */
record MeetingKinds(LexiconTrie heads, List<String> modes, Pattern presidium, Pattern assemblySession, Pattern partyCommittee,
        Pattern plenary) {

    String type(String name, Lexicon.Entry head) {
        if (presidium.matcher(name).find()) {
            return "EXECUTIVE"; // …人大三次会议主席团第二次会议: the presidium, not the congress, sits
        }
        if (assemblySession.matcher(name).find()) {
            return "PLENARY"; // 市人大常委会第十五次会议: a standing committee of an assembly sits in plenary
        }
        if (!HeadNote.GENERIC.name().equals(head.column(1))) {
            return head.column(0);
        }
        // the mode is printed inside the head: …工作视频会议 is a 工作会议 held by video
        String unmoded = name;
        for (String mode : modes) {
            unmoded = unmoded.replace(mode, "");
        }
        if (!unmoded.equals(name)) {
            LexiconTrie.Matches m = heads.match(unmoded);
            Lexicon.Entry inner = m.entryEndingAt(unmoded.length());
            if (inner != null && !HeadNote.GENERIC.name().equals(inner.column(1))) {
                return inner.column(0);
            }
        }
        if (partyCommittee.matcher(name).find()) {
            return "PARTY_COMMITTEE";
        }
        if (plenary.matcher(name).find()) {
            return "PLENARY";
        }
        return head.column(0);
    }

    /** The mode (MODE: 视频, 电视电话) printed in the name, or in the next words of its sentence. */
    String mode(String text, String name, int end) {
        for (String mode : modes) {
            if (name.contains(mode)) {
                return mode;
            }
        }
        String next = text.substring(end, Math.min(text.length(), end + 12));
        int stop = next.indexOf('。');
        if (stop >= 0) {
            next = next.substring(0, stop);
        }
        for (String mode : modes) {
            if (next.contains(mode)) {
                return mode;
            }
        }
        return "";
    }
}
