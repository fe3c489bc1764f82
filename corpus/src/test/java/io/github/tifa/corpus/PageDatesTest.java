package io.github.tifa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PageDatesTest {

    @Test
    void aManifestCellIsReadInTheFormsPeopleWriteDates() {
        for (String cell : List.of("2023-02-21", "2023/2/21", "2023.02.21", "20230221", "2023年2月21日", " 2023-02-21 ")) {
            assertThat(PageDates.parse(cell)).as(cell).contains(LocalDate.of(2023, 2, 21));
        }
        for (String cell : List.of("2023-02-30", "21/02/2023", "2023221", "二〇二三年", "")) {
            assertThat(PageDates.parse(cell)).as(cell).isEmpty();
        }
    }

    @Test
    void aDateAnywhereInThePathAndTheFileNameWinsOverItsFolder() {
        assertThat(PageDates.inPath("青山日报/2023-02-21/03")).contains(LocalDate.of(2023, 2, 21));
        assertThat(PageDates.inPath("qsrb/20230221_03")).contains(LocalDate.of(2023, 2, 21));
        assertThat(PageDates.inPath("2023/02/21/p3")).contains(LocalDate.of(2023, 2, 21));
        assertThat(PageDates.inPath("2023-02/2023-02-21-p3")).contains(LocalDate.of(2023, 2, 21));
        assertThat(PageDates.inPath("pages/page-0003")).isEmpty();
        assertThat(PageDates.inPath("2023221/p3")).isEmpty();
        assertThat(PageDates.inPath("20231399")).isEmpty();
    }

    private static Spot spot(String layer, int begin, String text, Map<String, String> features) {
        return new Spot(layer, begin, begin + text.codePointCount(0, text.length()), text, features, List.of());
    }

    @Test
    void theLatestLeadIsThePageDateWhenTheYearIsPrintedOnThePage() {
        String first = "本报讯（记者 林晓）2月20日，青山县召开全县春耕工作会议。2023年2月21日前完成部署。";
        String second = "本报讯（记者 韩冬）2月21日上午，青禾镇举行揭牌仪式。";
        List<Spot> spots = List.of(spot("Article", 0, first, Map.of()), spot("Byline", 0, "本报讯（记者 林晓）", Map.of()),
                spot("Article", 100, second, Map.of()), spot("Byline", 100, "本报讯（记者 韩冬）", Map.of()));
        assertThat(PageDates.onPage(spots)).contains(LocalDate.of(2023, 2, 21));
    }

    @Test
    void aLeadWithItsOwnYearNeedsNoOtherDate() {
        String article = "本报讯（记者 林晓）2022年12月30日，青山县召开全县工作会议。";
        assertThat(PageDates.onPage(List.of(spot("Article", 0, article, Map.of()),
                spot("Byline", 0, "本报讯（记者 林晓）", Map.of())))).contains(LocalDate.of(2022, 12, 30));
    }

    @Test
    void aDatelineInTheBylineCountsAsItsLead() {
        String article = "新华社青山3月5日电（记者 林晓）青山县召开会议。2024年3月5日前完成。";
        assertThat(PageDates.onPage(List.of(spot("Article", 0, article, Map.of()),
                spot("Byline", 0, "新华社青山3月5日电（记者 林晓）", Map.of("dateline", "3月5日")))))
                .contains(LocalDate.of(2024, 3, 5));
    }

    @Test
    void withoutAYearAPageHasNoDate() {
        String article = "本报讯（记者 林晓）2月20日，青山县召开全县春耕工作会议。";
        assertThat(PageDates.onPage(List.of(spot("Article", 0, article, Map.of()),
                spot("Byline", 0, "本报讯（记者 林晓）", Map.of())))).isEmpty();
    }
}
