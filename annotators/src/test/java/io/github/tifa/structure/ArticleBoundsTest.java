package io.github.tifa.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.PreparedCas;
import io.github.tifa.reflow.Alignments;
import io.github.tifa.type.Credit;
import io.github.tifa.type.LayoutLine;

/** {@code article.body-then-headline} alone, on the layout lines Reflow wrote. */
class ArticleBoundsTest {

    /** Each article as its lines' raw texts joined by |. */
    private static List<String> articles(String raw) throws Exception {
        JCas rawView = Alignments.rawView(PreparedCas.reflowed(raw));
        List<LayoutLine> lines = List.copyOf(JCasUtil.select(rawView, LayoutLine.class));
        return ArticleBounds.articles(lines, JCasUtil.select(rawView, Credit.class)).stream()
                .map(a -> String.join("|", a.stream().map(LayoutLine::getCoveredText).toList())).toList();
    }

    @Test
    void anArticleEndsAfterItsHeadlineAndTheNextOpensAtItsDateline() throws Exception {
        assertThat(articles("本报讯 全区召开会议，部署工作。\n\n青山区召开会议\n\n本报讯 全县召开大会，部署工作。\n"))
                .containsExactly("本报讯 全区召开会议，部署工作。|青山区召开会议", "本报讯 全县召开大会，部署工作。");
    }

    @Test
    void aBriefWithoutHeadlineEndsAtItsClosingCredit() throws Exception {
        assertThat(articles("全区召开会议，部署工作。 （欧阳明 孔丽）\n全县召开大会，部署春耕工作。\n"))
                .containsExactly("全区召开会议，部署工作。 （欧阳明 孔丽）", "全县召开大会，部署春耕工作。");
    }

    @Test
    void aCreditBrokenOverTwoLinesEndsItsBriefAndANoteDoesNot() throws Exception {
        String brief = "全县召开会议，部署春耕工作，确保各项工作落到实处。（记者\n韩晓丰通讯员林德阳高冬）\n\n"
                + "1月10日，县委理论学习中心组召开学习会议。\n";
        assertThat(articles(brief)).containsExactly(
                "全县召开会议，部署春耕工作，确保各项工作落到实处。（记者|韩晓丰通讯员林德阳高冬）",
                "1月10日，县委理论学习中心组召开学习会议。");
        String note = "全县召开会议，部署春耕工作，确保各项工作落到实处。（讲话\n全文另发）\n\n"
                + "会议要求，各乡镇要抓好落实。\n";
        assertThat(articles(note)).hasSize(1);
    }

    @Test
    void aParagraphThatOpensWithRecentlyAfterASentenceEndOpensTheNextReport() throws Exception {
        // 近日，… / 日前，…: the lead of a report that names no day, as 3月20日，… names one
        String page = "全县召开会议，部署春耕工作，确保各项工作落到实处。\n\n近日，县长林晓带队到青禾镇调研乡村振兴工作。\n";
        assertThat(articles(page)).containsExactly("全县召开会议，部署春耕工作，确保各项工作落到实处。",
                "近日，县长林晓带队到青禾镇调研乡村振兴工作。");
        String inside = "全县召开会议，部署春耕工作，确保各项工作落到实处。\n\n近日召开的会议要求，各乡镇要抓好落实。\n";
        assertThat(articles(inside)).hasSize(1);
    }

    @Test
    void aCreditInSquareBracketsBeforeTheLeadOpensTheNextReport() throws Exception {
        String page = "全县召开会议，部署春耕工作，确保各项工作落到实处。\n【全媒体记者 林晓】6月30日，县委书记司马\n言主持召开县委常委会会议。\n";
        assertThat(articles(page)).containsExactly("全县召开会议，部署春耕工作，确保各项工作落到实处。",
                "【全媒体记者 林晓】6月30日，县委书记司马|言主持召开县委常委会会议。");
        assertThat(PreparedCas.reflowed(page).getDocumentText()).contains("县委书记司马言主持"); // the name runs on
    }

    @Test
    void aCreditRunIntoTheBodysLastLineEndsItsBrief() throws Exception {
        String brief = "全县召开会议，部署春耕工作，确保各项工作落到实处。全媒体记者:韩\n冬梅 司马言\n\n"
                + "8月9日，青山镇召开人大会议。\n";
        assertThat(articles(brief)).containsExactly(
                "全县召开会议，部署春耕工作，确保各项工作落到实处。全媒体记者:韩|冬梅 司马言",
                "8月9日，青山镇召开人大会议。");
    }
    @Test
    void aCreditLineRightBeforeADatedLeadClosesTheReportAbove() throws Exception {
        // the dated lead opens the next report by itself: the credit between them is the one above's
        String page = "全县召开会议，部署春耕工作，确保各项工作落到实处。\n\n青山融媒记者 林晓 韩冬\n\n"
                + "3月8日下午，青山区委召开专题会议。\n";
        assertThat(articles(page)).containsExactly("全县召开会议，部署春耕工作，确保各项工作落到实处。|青山融媒记者 林晓 韩冬",
                "3月8日下午，青山区委召开专题会议。");
        // a mark before the credit opens a report (■记者 王五): it stays with the lead below it
        String marked = "全县召开会议，部署春耕工作，确保各项工作落到实处。\n\n■青山融媒记者 林晓 韩冬\n\n"
                + "昨天下午，青山区委召开专题会议。\n";
        assertThat(articles(marked)).containsExactly("全县召开会议，部署春耕工作，确保各项工作落到实处。",
                "■青山融媒记者 林晓 韩冬|昨天下午，青山区委召开专题会议。");
    }
    @Test
    void aPhotosCaptionBeforeTheLeadOpensTheReportWithIt() throws Exception {
        // the photo is printed above the report it belongs to: its caption and the dated lead after it are one article
        String dated = "会议要求各乡镇抓好落实。\n\n青山县召开春耕会议\n\n3月2日上午，青山县九届人大三次会议开幕。记者 林 晓 摄\n\n"
                + "3月2日，青山县九届人大三次会议在县会议中心开幕，会议听取了工作报告。\n\n青山县人代会开幕\n";
        assertThat(articles(dated)).containsExactly("会议要求各乡镇抓好落实。|青山县召开春耕会议",
                "3月2日上午，青山县九届人大三次会议开幕。记者 林 晓 摄|3月2日，青山县九届人大三次会议在县会议中心开幕，会议听取了工作报告。|青山县人代会开幕");
    }
    @Test
    void aOneSentenceCaptionBeforeADatelineOpensTheReportWithIt() throws Exception {
        String page = "会议要求，各乡镇要压实责任，抓好春耕备耕工\n作，确保粮食生产稳中有进，群众增收有保障。\n\n青山县召开春耕会议\n\n"
                + "图为林晓在园区一家企业的车间里调研。\n\n本报讯 3月2日，林晓到园区调研企业复工复\n产情况，与企业负责人座谈。\n\n林晓调研企业复工\n";
        assertThat(articles(page)).containsExactly(
                "会议要求，各乡镇要压实责任，抓好春耕备耕工|作，确保粮食生产稳中有进，群众增收有保障。|青山县召开春耕会议",
                "图为林晓在园区一家企业的车间里调研。|本报讯 3月2日，林晓到园区调研企业复工复|产情况，与企业负责人座谈。|林晓调研企业复工");
    }
    @Test
    void aCaptionAfterABriefWithoutHeadlineGoesWithTheReportBelow() throws Exception {
        String page = "会议要求，各乡镇要压实责任，抓好春耕备耕工\n作，确保粮食生产稳中有进，群众增收有保障。\n\n"
                + "图为林晓在园区一家企业的车间里调研。 记者\n 韩冬 摄\n\n本报讯 3月2日，林晓到园区调研企业复工复\n产情况，与企业负责人座谈。\n\n林晓调研企业复工\n";
        assertThat(articles(page)).containsExactly("会议要求，各乡镇要压实责任，抓好春耕备耕工|作，确保粮食生产稳中有进，群众增收有保障。",
                "图为林晓在园区一家企业的车间里调研。 记者|韩冬 摄|本报讯 3月2日，林晓到园区调研企业复工复|产情况，与企业负责人座谈。|林晓调研企业复工");
    }
    @Test
    void twoCaptionsInARowOpenTheReportBelowThem() throws Exception {
        String page = "会议要求，各乡镇要压实责任，抓好春耕备耕工\n作，确保粮食生产稳中有进，群众增收有保障。\n\n青山县召开春耕会议\n\n"
                + "3月2日上午，青山县九届人大三次会议开幕。林晓 摄\n\n与会代表认真审议各项报告。韩冬 摄\n\n"
                + "本报讯 3月2日，青山县九届人大三次会议在县会\n议中心开幕，会议听取了县政府工作报告。\n\n青山县人代会开幕\n";
        assertThat(articles(page)).hasSize(2);
        assertThat(articles(page).get(1)).startsWith("3月2日上午，青山县九届人大三次会议开幕。林晓 摄|与会代表认真审议各项报告。韩冬 摄|本报讯");
    }
    @Test
    void aOneSentenceCaptionBeforeADatedLeadOpensTheReportWithIt() throws Exception {
        // at the page's top or after a headline, a caption alone before a lead that opens with its date
        String page = "会议现场。\n\n3月2日下午，区长林晓召开城市更新专题\n会议，研究城市更新有关工作，部署下一步\n"
                + "重点任务，要求各部门加强协作、压实责任\n，确保项目按期推进。\n\n区政府召开办公会议\n\n活动现场。\n\n"
                + "3月3日上午，区委书记韩冬到青山街道调\n研社区治理工作，与社区干部座谈交流，听\n取意见建议，要求把服务做到群众心坎上。\n\n"
                + "韩冬调研社区治理\n";
        assertThat(articles(page)).containsExactly("会议现场。|3月2日下午，区长林晓召开城市更新专题|会议，研究城市更新有关工作，部署下一步|"
                + "重点任务，要求各部门加强协作、压实责任|，确保项目按期推进。|区政府召开办公会议", "活动现场。|3月3日上午，区委书记韩冬到青山街道调|"
                + "研社区治理工作，与社区干部座谈交流，听|取意见建议，要求把服务做到群众心坎上。|韩冬调研社区治理");
    }
}
