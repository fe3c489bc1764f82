package io.github.tifa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The tables from prepared pages: no annotation, only the aggregation. */
class CorpusTablesTest {

    private static Spot title(int begin, String organization, String post, String... holders) {
        return new Spot("OfficialTitle", begin, begin + 4, organization + post,
                Map.of("organization", organization, "post", post), List.of(holders));
    }

    private static Spot slogan(int begin, String canonical) {
        return new Spot("Slogan", begin, begin + 4, canonical, Map.of("canonical", canonical, "numeric", "false",
                "expansion", ""), List.of());
    }

    private static Spot meeting(int begin, String name, String type, boolean held) {
        return new Spot("Meeting", begin, begin + name.length(), name, Map.of("meetingType", type, "held",
                String.valueOf(held)), List.of());
    }

    private static CorpusPage page(String id, String date, Spot... spots) {
        return new CorpusPage(id, id + ".json", "青山日报", date == null ? null : LocalDate.parse(date),
                date == null ? "" : "path", PageFacts.of(id, List.of(spots)));
    }

    private static Map<String, Table> tables(CorpusPage... pages) {
        Map<String, Table> byName = new java.util.LinkedHashMap<>();
        for (Table t : CorpusTables.build(List.of(pages), List.of())) {
            byName.put(t.name(), t);
        }
        return byName;
    }

    @Test
    void holdersFollowOneAnotherInTheOrderTheyWereFirstSeen() {
        Map<String, Table> t = tables(
                page("b", "2023-03-02", title(10, "青山县委", "书记", "司马言")),
                page("a", "2023-01-05", title(20, "青山县委", "书记", "欧阳青"), title(40, "青山县人民政府", "县长", "司马言")),
                page("c", "2023-02-10", title(5, "青山县委", "书记", "欧阳青")),
                page("d", null, title(7, "青山县委", "书记", "韩冬")),
                page("e", "2023-04-01", title(9, "", "局长", "林晓")));
        assertThat(t.get("holders").rows()).containsExactly(
                List.of("青山县人民政府", "县长", "1", "司马言", "2023-01-05", "2023-01-05", "1", "", "a", "40", "44"),
                List.of("青山县委", "书记", "1", "欧阳青", "2023-01-05", "2023-02-10", "2", "", "a", "20", "24"),
                List.of("青山县委", "书记", "2", "司马言", "2023-03-02", "2023-03-02", "1", "欧阳青", "b", "10", "14"));
        assertThat(t.get("posts").rows()).as("undated and organisation-less mentions count in posts").contains(
                List.of("韩冬", "青山县委", "书记", "", "", "1", "1", "青山日报", "d", "7", "11"),
                List.of("林晓", "", "局长", "2023-04-01", "2023-04-01", "1", "1", "青山日报", "e", "9", "13"));
        assertThat(t.get("undated").rows()).containsExactly(List.of("d", "d.json"));
    }

    @Test
    void slogansAreCountedPerMonthAndMeetingsPerTypeHeldAndCited() {
        Map<String, Table> t = tables(
                page("a", "2023-01-05", slogan(1, "三个一批"), slogan(30, "三个一批"),
                        meeting(50, "全县春耕工作会议", "WORK_CONFERENCE", true),
                        meeting(90, "全县春耕工作会议", "WORK_CONFERENCE", true),
                        meeting(120, "全市安全生产工作会议", "WORK_CONFERENCE", false)),
                page("b", "2023-02-01", slogan(1, "三个一批"), meeting(3, "青山县委常委会会议", "PARTY_COMMITTEE", true)),
                page("c", null, slogan(1, "三个一批")));
        assertThat(t.get("slogans").rows()).containsExactly(
                List.of("三个一批", "false", "", "2023-01-05", "2023-02-01", "4", "3", "青山日报", "a", "1", "5"));
        assertThat(t.get("slogan-months").rows()).containsExactly(List.of("三个一批", "2023-01", "2"),
                List.of("三个一批", "2023-02", "1"));
        assertThat(t.get("meeting-months").rows()).as("a meeting named twice on a page is one").containsExactly(
                List.of("2023-01", "WORK_CONFERENCE", "1", "1"), List.of("2023-02", "PARTY_COMMITTEE", "1", "0"));
        assertThat(t.get("meetings").rows()).extracting(r -> r.get(5)).containsExactly("全县春耕工作会议",
                "全市安全生产工作会议", "青山县委常委会会议");
    }

    @Test
    void anOrganisationWithoutItsPlaceIsReadWithinItsPaper() {
        Mention.Post bare = new Mention.Post("p", 0, 4, "欧阳青", "县委", "书记");
        assertThat(CorpusPage.within(bare, "青山日报").organization()).isEqualTo("县委（青山日报）");
        assertThat(CorpusPage.within(bare, "").organization()).as("no paper known").isEqualTo("县委");
        Mention.Post placed = new Mention.Post("p", 0, 6, "欧阳青", "青山县委", "书记");
        assertThat(CorpusPage.within(placed, "青禾日报")).isEqualTo(placed);
    }

    /** A meeting whose type was not read (no meetingType feature) still fills every column. */
    @Test
    void aMeetingWithoutATypeKeepsEveryColumnOfItsMonth() {
        Spot meeting = new Spot("Meeting", 0, 4, "某某会议", Map.of("held", "true"), List.of());
        CorpusPage page = CorpusPage.of("某某报/2023-01-05/01", null, List.of(meeting), Optional.empty(), Merges.none());
        Table months = CorpusTables.build(List.of(page), List.of()).stream()
                .filter(t -> t.name().equals("meeting-months")).findFirst().orElseThrow();
        assertThat(months.rows()).containsExactly(List.of("2023-01", "", "1", "0"));
    }
}
