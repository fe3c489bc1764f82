package io.github.tifa.reflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import org.junit.jupiter.api.Test;

import io.github.tifa.PreparedCas;
import io.github.tifa.TestPages;
import io.github.tifa.type.LayoutBlock;
import io.github.tifa.type.LayoutLine;

public class ReflowTest {

    /** clean[i] is the (folded) raw char it maps to, and the mapping only moves forward. */
    public static void assertAligned(String raw, Reflow.Result result) {
        Alignments a = result.alignments();
        String clean = result.clean();
        int previous = -1;
        for (int i = 0; i < clean.length(); i++) {
            int r = a.toRaw(i);
            assertThat(r).as("clean %d maps forward", i).isGreaterThan(previous);
            assertThat(clean.charAt(i)).as("clean %d vs raw %d", i, r).isEqualTo(CharFold.fold(raw.charAt(r)));
            previous = r;
        }
    }

    @Test
    void aCaptionInBracketsBetweenParagraphsIsLaidOutAsBody() throws Exception {
        // （选手风采）: names in brackets start with a surname; a caption's words need not, and it is no credit
        String raw = "全县召开表彰大会，表彰先进党组织。\n\n（选手风采）\n\n比赛结束后，优秀党员上台领奖。\n\n（林晓丰 司马言）\n";
        JCas view = PreparedCas.reflowed(raw).getView(Alignments.RAW_VIEW);
        assertThat(JCasUtil.select(view, LayoutLine.class)).extracting(LayoutLine::getKind)
                .containsExactly("BODY", "BODY", "BODY", "CLOSING_CREDIT");
    }

    @Test
    void writesThePageLayoutIntoViewRaw() throws Exception {
        String raw = "03　县域新闻　　　2024年4月18日\n\n本报讯（记者 王五）全县召开防汛工作\n会议。\n（记者 赵六）\n\n"
                + "全县部署防汛工作\n";
        JCas view = PreparedCas.reflowed(raw).getView(Alignments.RAW_VIEW);
        List<LayoutLine> lines = List.copyOf(JCasUtil.select(view, LayoutLine.class));
        assertThat(lines).extracting(LayoutLine::getCoveredText).containsExactly("03　县域新闻　　　2024年4月18日",
                "本报讯（记者 王五）全县召开防汛工作", "会议。", "（记者 赵六）", "全县部署防汛工作");
        assertThat(lines).extracting(LayoutLine::getKind)
                .containsExactly("FURNITURE", "DATELINE", "BODY", "CLOSING_CREDIT", "HEADLINE");
        assertThat(lines).extracting(LayoutLine::getBreakAfter).containsExactly("PARA", "JOIN", "LINE", "PARA", "END");
        assertThat(lines.get(1).getWidth()).isEqualTo(35); // 15 Han characters and 2 brackets count 2, the space 1
        assertThat(JCasUtil.select(view, LayoutBlock.class)).extracting(LayoutBlock::getKind, LayoutBlock::getCoveredText)
                .containsExactly(tuple("COLUMN", "03　县域新闻　　　2024年4月18日"),
                        tuple("COLUMN", raw.substring(raw.indexOf("本报讯"), raw.length() - 1)),
                        tuple("HEADLINE", "全县部署防汛工作"));
    }

    @Test
    void joinsLinesBrokenInsideWords() {
        String raw = "临沂经开区党工委召开会议，传达学\n习中共山东省纪委十二届三次全体会议精神，\n研究部署工作。\n";
        Reflow.Result r = Reflow.reflow(raw);
        assertThat(r.clean()).isEqualTo("临沂经开区党工委召开会议，传达学习中共山东省纪委十二届三次全体会议精神，研究部署工作。");
        assertAligned(raw, r);
    }

    @Test
    void keepsParagraphBreakAfterSentenceEnd() {
        String raw = "会议指出，要深刻领会决定性意义，做好各项工作。\n会议强调，要聚焦三类突出问题，健全五项机制。\n";
        assertThat(Reflow.reflow(raw).clean())
                .isEqualTo("会议指出，要深刻领会决定性意义，做好各项工作。\n会议强调，要聚焦三类突出问题，健全五项机制。");
    }

    @Test
    void dropsBlankLineAtColumnBreakInsideSentence() {
        String raw = "区党工委副书记、管委会副主任孙志刚，区党工委委\n\n员、组织部部长林晓燕参加会议。\n";
        assertThat(Reflow.reflow(raw).clean()).isEqualTo("区党工委副书记、管委会副主任孙志刚，区党工委委员、组织部部长林晓燕参加会议。");
    }

    @Test
    void aPhotoCaptionEndsItsParagraphWithItsPhotographer() {
        // captions at an article's top, each closed by the photographer's credit, before a blank line
        String raw = "3月5日上午，区人大常委会召开主任会议。韩冬 摄\n\n区人大常委会主任林晓主持并讲\n话。韩冬 摄\n\n"
                + "本报讯 3月5日上午，区人大常委会召开主任会议。\n";
        Reflow.Result r = Reflow.reflow(raw);
        assertThat(r.clean()).startsWith("3月5日上午，区人大常委会召开主任会议。韩冬 摄\n\n区人大常委会主任林晓主持并讲话。韩冬 摄\n\n");
        assertThat(r.credits()).extracting(c -> raw.substring(c.begin(), c.end())).startsWith("韩冬 摄", "韩冬 摄");
    }

    @Test
    void keepsBlankLineAfterClosedText() {
        String raw = "全区上下要以实干推动发展取得实效。\n经开区部署春季工作\n\n近日，临沂银行新市民服务中心举行揭牌仪式。\n";
        assertThat(Reflow.reflow(raw).clean())
                .isEqualTo("全区上下要以实干推动发展取得实效。\n经开区部署春季工作\n\n近日，临沂银行新市民服务中心举行揭牌仪式。");
    }

    @Test
    void dropsJustificationSpacesButKeepsBylineSpaces() {
        String raw = "本报临沂讯（记者 周明远 通讯员 韩  雪）3月12日，临沂经开区召开会议。\n"
                + "2 0 2 3 年 免 税 技 术 交 易 额 同 比 增 长 3 0 % ， 服 务 企 业 众 多 。\n"
                + "双林集团6AT DSI项目投产。\n";
        Reflow.Result r = Reflow.reflow(raw);
        assertThat(r.clean()).isEqualTo("本报临沂讯（记者 周明远 通讯员 韩  雪）3月12日，临沂经开区召开会议。\n"
                + "2023年免税技术交易额同比增长30%，服务企业众多。\n双林集团6AT DSI项目投产。");
        assertAligned(raw, r);
    }

    @Test
    void aCreditThatOpensTheBodyOnItsLineJoinsTheBodysNextLine() {
        // 记者林晓报道 5月6日上午，…: the body after 报道 goes on under it, broken inside a word
        String raw = "全媒体记者林晓报道 5月6日上午，县政协主\n席韩冬主持召开主席会议。\n";
        assertThat(Reflow.reflow(raw).clean()).isEqualTo("全媒体记者林晓报道5月6日上午，县政协主席韩冬主持召开主席会议。");
    }

    @Test
    void keepsSpacesOfCreditLine() {
        String raw = "□本报记者 许  晴\n近日，临沂银行新市民服务中心揭牌。\n";
        assertThat(Reflow.reflow(raw).clean()).isEqualTo("□本报记者 许  晴\n近日，临沂银行新市民服务中心揭牌。");
    }

    @Test
    void proseStartingWithRoleWordIsNotACredit() {
        String raw = "记者从市统计局获悉 ，全市经济稳中向好。\n";
        assertThat(Reflow.reflow(raw).clean()).isEqualTo("记者从市统计局获悉，全市经济稳中向好。");
    }

    @Test
    void foldsKangxiRadicalsAndFullWidthDigitsOneForOne() {
        String raw = "⾼新区２０２３年⼯作会议召开。\n";
        Reflow.Result r = Reflow.reflow(raw);
        assertThat(r.clean()).isEqualTo("高新区2023年工作会议召开。");
        assertThat(r.clean()).hasSameSizeAs(raw.strip());
        assertAligned(raw, r);
    }

    @Test
    void handlesCrLfAndLoneCr() {
        String raw = "会议召开。\r\n会议强调，要扎实工作。\r第二段到此。\r";
        Reflow.Result r = Reflow.reflow(raw);
        assertThat(r.clean()).isEqualTo("会议召开。\n会议强调，要扎实工作。\n第二段到此。");
        assertAligned(raw, r);
    }

    @Test
    void keepsCharactersOutsideTheBmpWhole() {
        String raw = "𠮷野家新店开业，市领导出\n席仪式。\n";
        Reflow.Result r = Reflow.reflow(raw);
        assertThat(r.clean()).isEqualTo("𠮷野家新店开业，市领导出席仪式。");
        assertAligned(raw, r);
    }

    @Test
    void emptyAndWhiteSpaceOnlyPagesGiveEmptyText() {
        assertThat(Reflow.reflow("").clean()).isEmpty();
        assertThat(Reflow.reflow(" \n\u3000\n\n").clean()).isEmpty();
    }

    @Test
    void demoPageReflowsAsLaidOut() throws IOException {
        String raw = TestPages.demoPage();
        Reflow.Result r = Reflow.reflow(raw);
        String clean = r.clean();
        assertAligned(raw, r);
        assertThat(clean)
                .contains("本报临沂讯（记者 周明远 通讯员 韩  雪）3月12日，临沂经开区党工委召开会议，传达学习中共山东省纪委十二届三次全体会议精神，")
                .contains("区党工委副书记、管委会副主任孙志刚，")
                .contains("组织部（人力资源部）部长林晓燕")
                .contains("2023年免税技术交易额同比增长30%，")
                .contains("“五项机制”")
                .contains("\n临沂经开区党工委召开会议\n传达学习省纪委全会精神\n")
                .contains("□本报记者 许  晴\n")
                .doesNotContain("\n\n\n");
    }

    @Test
    void nearlyFullHeadlineBeforeTheNextBylineEndsItsParagraph() {
        String raw = "全县上下要以实干推动各项工作落地见效。\n县委常委班子召开专题民主生活会\n\n"
                + "本报讯（记者 郎书宁）4月11日，全县一季度地区生产总值\n同比增长百分之六。\n";
        assertThat(Reflow.reflow(raw).clean()).contains("民主生活会\n\n本报讯（记者 郎书宁）");
    }

    @Test
    void twoFullWidthHeadlineLinesAfterTheBodyStaySeparate() {
        String raw = "全县一季度经济运行总体平稳，各项工作有序推进落实。\n研究一季度经济运行和营商环境等重点工作\n县政府召开第二十九次常务会议\n\n本报讯（记者 王五）4月1日，全县召开会议。\n";
        assertThat(Reflow.reflow(raw).clean()).contains("落实。\n研究一季度经济运行和营商环境等重点工作\n县政府召开第二十九次常务会议\n\n本报讯");
    }

    @Test
    void aSingleFullBodyLineBeforeAColumnBreakStillJoins() {
        String raw = "会议要求各地抓好落实，确保各项工作取得实效。\n该基地由河北冀源新能源装备有限公司牵头建\n\n设，总面积一万二千平方米，可为企业提供服务。\n";
        assertThat(Reflow.reflow(raw).clean()).contains("牵头建设，总面积");
    }

    @Test
    void aBracketLeftOpenWithASpaceAtThePagesEnd() {
        assertThat(Reflow.reflow("(6AT DSI ").clean()).isEqualTo("(6AT DSI"); // found by AlignmentProperties
    }
}
