package io.github.tifa.reflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code headline.block-after-body} alone: the page layout of raw text, no CAS, no HanLP. */
class HeadlineBlocksTest {

    private static List<String> headlines(String raw) {
        PageLayout layout = PageLayout.of(raw);
        return layout.headlineBlocks().stream().map(b -> {
            StringBuilder s = new StringBuilder();
            for (int i = b.first(); i <= b.last(); i++) {
                RawLine line = layout.textLines().get(i);
                s.append(i > b.first() ? "|" : "").append(line.raw, line.contentStart, line.contentEnd);
            }
            return s.toString();
        }).toList();
    }

    @Test
    void titleLinesAfterASentenceEndBeforeTheNextDateline() {
        assertThat(headlines("会议要求，抓好各项工作落实。\n\n青山区召开专题会议\n研究部署重点工作\n\n本报讯 近日，全区召开会议。\n"))
                .containsExactly("青山区召开专题会议|研究部署重点工作");
    }

    @Test
    void aTitleThatAsksAfterAClosingCredit() {
        assertThat(headlines("会议要求，抓好各项工作落实。\n（记者 司马言）\n\n卫生室建在哪里？\n")).containsExactly("卫生室建在哪里？");
    }

    @Test
    void aBodyLineWithASentenceStopIsNone() {
        assertThat(headlines("会议要求，抓好各项工作落实。\n\n会议强调，要抓好落实。\n")).isEmpty();
    }

    @Test
    void aTitleWithAnEnumerationMarkBeforeAnArticleThatOpensWithItsDate() {
        assertThat(headlines("会议要求，抓好各项工作落实。\n\n欧阳青接受青山日报、青山电视台等媒体采访\n\n"
                + "9月2日至3日，青禾市代表团来青山交流。\n")).containsExactly("欧阳青接受青山日报、青山电视台等媒体采访");
    }

    @Test
    void aBodyParagraphWithCommasIsNoHeadlineForItsShortLastLine() {
        assertThat(headlines("会议要求，抓好各项工作落实。\n\n入秋以来，青禾各乡镇抢抓工期推进项目建设的\n火热场面——\n\n"
                + "青禾县的工业园区项目同步推进。\n")).isEmpty();
    }

    @Test
    void aLineInRoundBracketsIsNoHeadline() {
        assertThat(headlines("会议要求，抓好各项工作落实。\n\n(曲晓明)\n\n青山区召开专题会议\n\n本报讯 近日，全区召开会议。\n"))
                .containsExactly("青山区召开专题会议");
    }

    @Test
    void aLineThatEndsInAColonIntroducesTheNextParagraph() {
        assertThat(headlines("区政协主席林晓出席。\n\n会议指出：\n\n学习全会精神是首要的政治任务。\n\n会议强调:\n\n"
                + "要深入学习贯彻全会精神。\n\n区政协召开常委会议\n")).containsExactly("区政协召开常委会议");
    }

    @Test
    void aLineThatEndsInAVerbOfSpeakingIntroducesTheNextParagraph() {
        // 会议指出, 林晓说: the colon left out, the speaker still introduces what is said (SPEECH)
        assertThat(headlines("区政协主席林晓出席。\n\n会议指出\n\n学习全会精神是首要的政治任务。\n\n林晓说\n\n"
                + "要深入学习贯彻全会精神。\n\n区政协召开常委会议\n")).containsExactly("区政协召开常委会议");
        // a long one is a title, with its subtitle below or alone
        assertThat(headlines("区政协主席林晓出席。\n\n林晓在全区重点项目建设推进会上强调\n\n本报讯 近日，全区召开会议。\n"))
                .containsExactly("林晓在全区重点项目建设推进会上强调");
        PageLayout layout = PageLayout.of("代表团对青山的发展表示赞赏。\n\n韩冬说\n\n周立新表示\n\n两地要加强合作。\n");
        assertThat(layout.textLines().get(1).credit).isFalse(); // a speaker, not a closing name
    }

    @Test
    void aLeadThatOpensWithItsYearAndDateOpensTheNextReport() {
        // 2021年5月21日上午，…: a date printed with its year is a date; a title with a space inside stands before it
        assertThat(headlines("县领导林晓参加相关活动。\n\n新任镇长 上任首日做了什么\n\n2021年5月21日上午，区政协召开主席会议。\n"))
                .containsExactly("新任镇长 上任首日做了什么");
    }

    @Test
    void aLeadThatOpensWithYesterdayAndATimeOfDayOpensTheNextReport() {
        assertThat(headlines("会议要求，抓好各项工作落实。\n\n青山区召开专题会议\n\n昨日上午，县人大常委会召开主任会议。\n"))
                .containsExactly("青山区召开专题会议");
        PageLayout layout = PageLayout.of("会议要求，抓好各项工作落实。\n\n昨天下午，县政府召开常务会议。\n");
        assertThat(layout.textLines().get(1).opensWithDate).isTrue();
    }

    @Test
    void aShortLineRightBelowTheLastSentenceIsAColumnBreakNotATitle() {
        // 青禾县政|协: the column breaks inside a word; a title stands as a paragraph of its own
        assertThat(headlines("会议要求，抓好各项工作落实。\n青禾县政\n\n协共组织委员视察活动30多次，委员参与活动达800多人次。\n"))
                .isEmpty();
        assertThat(headlines("会议要求，全县各级各部门要切实抓好各项工作落实。\n\n青禾县召开会议\n\n"
                + "协会负责人参加活动，全县各级各部门要切实抓好落实。\n")).containsExactly("青禾县召开会议");
    }

    @Test
    void aMarkedNameAfterTheLastSentenceClosesTheBodyBeforeItsTitle() {
        assertThat(headlines("区政协召开会议，审议通过了协商工作计划（草案）。□林晓文\n\n区政协召开主席会议\n\n本报讯 近日，全区召开会议。\n"))
                .containsExactly("区政协召开主席会议");
    }

    @Test
    void theOwnOutletsReporterAloneOnALineIsACreditNotPartOfTheTitleAbove() {
        assertThat(headlines("会议要求，抓好各项工作落实。\n\n青山县召开专题会议\n\n本报记者\n\n本报讯 近日，全区召开会议。\n"))
                .containsExactly("青山县召开专题会议");
    }
}
