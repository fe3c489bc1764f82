package io.github.tifa.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mentions on one page, from its annotations. A title without a holder says nothing about who
 * held a post and is left out; a meeting named twice on a page (in its headline and its body) is one
 * meeting, at its first mention.
 */
public record PageFacts(List<Mention.Post> posts, List<Mention.Slogan> slogans, List<Mention.Meeting> meetings) {

    public static PageFacts of(String page, List<Spot> spots) {
        List<Mention.Post> posts = new ArrayList<>();
        List<Mention.Slogan> slogans = new ArrayList<>();
        List<Mention.Meeting> meetings = new ArrayList<>();
        Set<String> meetingsSeen = new LinkedHashSet<>();
        List<Spot> sorted = new ArrayList<>(spots);
        sorted.sort(Comparator.comparingInt(Spot::begin).thenComparingInt(Spot::end));
        for (Spot s : sorted) {
            switch (s.layer()) {
                case "OfficialTitle" -> {
                    for (String holder : new LinkedHashSet<>(s.holders())) {
                        posts.add(new Mention.Post(page, s.begin(), s.end(), holder, s.feature("organization"),
                                s.feature("post")));
                    }
                }
                case "Slogan" -> {
                    String canonical = s.feature("canonical").isEmpty() ? s.text() : s.feature("canonical");
                    slogans.add(new Mention.Slogan(page, s.begin(), s.end(), canonical,
                            "true".equals(s.feature("numeric")), s.feature("expansion")));
                }
                case "Meeting" -> {
                    boolean held = "true".equals(s.feature("held"));
                    String name = s.text().replace("\n", "");
                    if (meetingsSeen.add(name + '\u0000' + s.feature("meetingType") + '\u0000' + held)) {
                        meetings.add(new Mention.Meeting(page, s.begin(), s.end(), name, s.feature("meetingType"), held,
                                s.feature("term"), s.feature("session")));
                    }
                }
                default -> {
                    // articles, bylines and the rest place a page in time (PageDates), not in a table
                }
            }
        }
        return new PageFacts(posts, slogans, meetings);
    }
}
