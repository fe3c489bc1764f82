package io.github.tifa.byline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.PreparedCas;
import io.github.tifa.structure.ArticleAnnotator;
import io.github.tifa.type.Byline;
import io.github.tifa.type.Headline;
import io.github.tifa.type.Contributor;

/**
 * One made-up sentence per byline form: the page reflowed (which finds the credits), then the
 * articles and BylineAnnotator, without HanLP.
 */
class BylineAnnotatorTest {

    private static JCas run(String raw) throws Exception {
        return PreparedCas.run(PreparedCas.run(PreparedCas.reflowed(raw), ArticleAnnotator.class), BylineAnnotator.class);
    }

    private static Byline byline(JCas jcas) {
        return JCasUtil.selectSingle(jcas, Byline.class);
    }

    private static List<String> contributors(JCas jcas) {
        return JCasUtil.select(jcas, Contributor.class).stream()
                .map(c -> c.getRole() + ":" + c.getCoveredText()).toList();
    }

    private static String features(Byline b) {
        return b.getAgency() + "|" + b.getPlace() + "|" + b.getDateline();
    }

    @Test
    void localDatelineWithReporterAndPaddedCorrespondent() throws Exception {
        JCas jcas = run("本报青岛讯（记者 王海燕 通讯员 刘  军）5月8日，青岛西海岸新区召开项目建设推进大会。\n");
        Byline b = byline(jcas);
        assertThat(b.getCoveredText()).isEqualTo("本报青岛讯（记者 王海燕 通讯员 刘  军）");
        assertThat(b.getBegin()).isZero();
        assertThat(b.getEnd()).isEqualTo(22);
        assertThat(features(b)).isEqualTo("本报|青岛|");
        assertThat(b.getRule()).isEqualTo("byline.dateline");
        assertThat(contributors(jcas)).containsExactly("记者:王海燕", "通讯员:刘  军");
    }

    @Test
    void datelineWithoutPlaceAndSeveralNamesForOneRole() throws Exception {
        JCas jcas = run("本报讯（通讯员 张晓东 李娜）近日，市农业农村局组织开展春耕生产督导。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本报讯（通讯员 张晓东 李娜）");
        assertThat(features(byline(jcas))).isEqualTo("本报||");
        assertThat(contributors(jcas)).containsExactly("通讯员:张晓东", "通讯员:李娜");
    }

    @Test
    void ownPaperFiledFromElsewhereWithDate() throws Exception {
        JCas jcas = run("本报北京6月2日电（记者 孙立平）国务院新闻办公室今天举行新闻发布会。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本报北京6月2日电（记者 孙立平）");
        assertThat(features(byline(jcas))).isEqualTo("本报|北京|6月2日");
    }

    @Test
    void wireDatelineWithNamesJoinedByEnumerationComma() throws Exception {
        JCas jcas = run("新华社北京3月5日电（记者 高敬、王立彬）第十四届全国人民代表大会第二次会议5日上午开幕。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("新华社北京3月5日电（记者 高敬、王立彬）");
        assertThat(features(byline(jcas))).isEqualTo("新华社|北京|3月5日");
        assertThat(contributors(jcas)).containsExactly("记者:高敬", "记者:王立彬");
    }

    @Test
    void abridgedWireCopyWithoutCredits() throws Exception {
        JCas jcas = run("据新华社北京4月1日电 国务院总理主持召开国务院常务会议。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("据新华社北京4月1日电");
        assertThat(features(byline(jcas))).isEqualTo("新华社|北京|4月1日");
        assertThat(contributors(jcas)).isEmpty();
    }

    @Test
    void creditLineOnItsOwnLine() throws Exception {
        JCas jcas = run("本报记者 陈思远\n近日，县里启动乡村振兴示范片区建设。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本报记者 陈思远");
        assertThat(features(byline(jcas))).isEqualTo("本报||");
        assertThat(byline(jcas).getRule()).isEqualTo("byline.credit-line");
        assertThat(contributors(jcas)).containsExactly("记者:陈思远");
    }

    @Test
    void creditLineAfterAMarkWithTwoRoles() throws Exception {
        JCas jcas = run("■本报记者 赵  敏 通讯员 钱光明\n全县秋粮收获已过八成。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本报记者 赵  敏 通讯员 钱光明");
        assertThat(contributors(jcas)).containsExactly("记者:赵  敏", "通讯员:钱光明");
    }

    @Test
    void trailingCreditClosesAnArticle() throws Exception {
        JCas jcas = run("全市重点项目建设取得新进展。（记者 孔德海）\n");
        Byline b = byline(jcas);
        assertThat(b.getCoveredText()).isEqualTo("（记者 孔德海）");
        assertThat(b.getRule()).isEqualTo("byline.trailing-credit");
        assertThat(contributors(jcas)).containsExactly("记者:孔德海");
    }

    @Test
    void halfWidthBrackets() throws Exception {
        JCas jcas = run("本报济南讯(记者 宋文 通讯员 马林)3月2日，济南市召开会议。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本报济南讯(记者 宋文 通讯员 马林)");
        assertThat(contributors(jcas)).containsExactly("记者:宋文", "通讯员:马林");
    }

    @Test
    void proseAboutReportersIsNoByline() throws Exception {
        JCas jcas = run("记者从市统计局获悉，一季度全市经济运行稳中向好。本报将持续关注。\n（下转第二版）\n");
        assertThat(JCasUtil.select(jcas, Byline.class)).isEmpty();
        assertThat(JCasUtil.select(jcas, Contributor.class)).isEmpty();
    }

    @Test
    void outletPrintsItsOwnNameBeforeXun() throws Exception {
        JCas jcas = run("临河新闻网讯 （记者 周明远）4月2日上午，区政协常委会会议召开。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("临河新闻网讯（记者 周明远）"); // raw: with the space
        assertThat(byline(jcas).getAgency()).isEqualTo("临河新闻网");
        assertThat(contributors(jcas)).containsExactly("记者:周明远");
    }

    @Test
    void creditAfterTheDatelineWithoutBrackets() throws Exception {
        JCas jcas = run("本报讯 记者 韩雪8月3日上午，全县召开安全生产工作会议。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本报讯 记者 韩雪");
        assertThat(contributors(jcas)).containsExactly("记者:韩雪");
    }

    @Test
    void creditWithAColonClosingAnArticleCreditsEveryName() throws Exception {
        JCas jcas = run("会议要求，各部门要抓好落实，确保各项工作落地见效。\n\n记者：周明远 韩雪\n\n区委召开专题会议\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("记者：周明远 韩雪");
        assertThat(contributors(jcas)).containsExactly("记者:周明远", "记者:韩雪");
    }

    @Test
    void writerAndPhotographerMarkedWithSlashes() throws Exception {
        JCas jcas = run("临河新闻网讯（记者 周明远/文 韩雪/图）12月3日，区人民代表大会开幕。\n");
        assertThat(contributors(jcas)).containsExactly("记者:周明远", "摄影:韩雪");
    }

    @Test
    void wordThatClosesACreditIsNoName() throws Exception {
        JCas jcas = run("□记者 周明远 报道\n\n本报7月2日讯 今天上午，全区离退休干部座谈会召开。\n\n全区召开离退休干部座谈会\n");
        assertThat(JCasUtil.select(jcas, Byline.class)).extracting(Byline::getCoveredText)
                .containsExactly("记者 周明远 报道", "本报7月2日讯");
        assertThat(contributors(jcas)).containsExactly("记者:周明远");
        assertThat(JCasUtil.select(jcas, io.github.tifa.type.Article.class)).hasSize(1);
    }

    @Test
    void namesWithoutARoleCloseAnArticle() throws Exception {
        JCas jcas = run("会议强调，要推动人大工作取得新成效。 （周明远）\n\n区人大常委会召开第五次会议\n\n"
                + "本报讯 全县召开表彰大会，表彰先进典型。\n\n韩  雪\n\n全县表彰先进典型\n");
        assertThat(JCasUtil.select(jcas, Byline.class)).extracting(Byline::getCoveredText)
                .containsExactly("（周明远）", "本报讯", "韩  雪");
        assertThat(contributors(jcas)).containsExactly(":周明远", ":韩  雪");
        assertThat(JCasUtil.select(jcas, io.github.tifa.type.Headline.class)).extracting(h -> h.getCoveredText())
                .containsExactly("区人大常委会召开第五次会议", "全县表彰先进典型");
    }

    // ---- credit forms of scheme v3 (issue "Real text, round 2"), made-up sentences

    @Test
    void roleGluedToTheFirstNameAndOneSpaceBeforeTheSecond() throws Exception {
        JCas jcas = run("本网讯（记者柳青山 杜晓）6月2日，全镇召开防汛工作会议。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本网讯（记者柳青山 杜晓）");
        assertThat(contributors(jcas)).containsExactly("记者:柳青山", "记者:杜晓");
        assertThat(jcas.getDocumentText()).startsWith("本网讯（记者柳青山 杜晓）6月2日"); // the space survives reflow
    }

    @Test
    void namesWithoutARoleInADatelineBracket() throws Exception {
        JCas jcas = run("本报讯（苏晓岚）6月2日，全镇召开防汛工作会议。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本报讯（苏晓岚）");
        assertThat(contributors(jcas)).containsExactly(":苏晓岚");
    }

    @Test
    void closingNamesAfterASpaceWithANameBrokenAcrossLines() throws Exception {
        JCas jcas = run("会议还部署了汛前安全工作。 （司徒\n雷 顾芸）\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("（司徒\n雷 顾芸）".replace("\n", ""));
        assertThat(contributors(jcas)).containsExactly(":司徒雷", ":顾芸");
    }

    @Test
    void closingNamesInBracketsOnAParagraphOfTheirOwnBeforeTheNextReport() throws Exception {
        // ……。⏎⏎(司徒雷 顾芸)⏎⏎2月8日，…: the names close the report above, the dated lead opens the next
        JCas jcas = run("会议强调，要做好各项工作。\n\n(司徒雷 顾芸)\n\n2月8日，青山镇召开人大会议。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("(司徒雷 顾芸)");
        assertThat(contributors(jcas)).containsExactly(":司徒雷", ":顾芸");
        JCas one = run("会议强调，要做好各项工作。\n\n（欧阳青）\n\n青山镇召开人大会议\n");
        assertThat(contributors(one)).containsExactly(":欧阳青");
    }

    @Test
    void aPhotoCaptionsCreditWithTheReportersRoleBeforeThePaddedName() throws Exception {
        // ……召开。记者 韩 冬 摄: the caption's photographer, the role printed before the name
        JCas jcas = run("8月17日，青山区秋粮收购工作会议召开。记者 韩 冬 摄\n\n8月17日，青山区召开会议。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("记者 韩 冬 摄");
        assertThat(contributors(jcas)).containsExactly("记者:韩 冬");
    }

    @Test
    void anOutletOfNoKnownShapeBeforeItsKindAndASpace() throws Exception {
        // 某某某某讯 为…: the raw line prints the space the clean text drops; the dateline is read where it was found
        JCas jcas = run("会议要求，抓好各项工作落实。(林晓)\n\n看点青禾讯 为确保全县防汛工作落到实处，县委召开会议。\n");
        List<Byline> bylines = List.copyOf(JCasUtil.select(jcas, Byline.class));
        assertThat(bylines).extracting(Byline::getCoveredText).containsExactly("(林晓)", "看点青禾讯");
        assertThat(bylines.get(1).getAgency()).isEqualTo("看点青禾");
    }

    @Test
    void namesSeparatedBySlashAndBarWithColons() throws Exception {
        JCas jcas = run("会议要求，各单位要抓好落实。\n\n记者：江海燕/贺明|见习记者：葛蕾\n\n全县部署防汛工作\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("记者：江海燕/贺明|见习记者：葛蕾");
        assertThat(contributors(jcas)).containsExactly("记者:江海燕", "记者:贺明", "见习记者:葛蕾");
    }

    @Test
    void anOutletBeforeTheRoleIsTheAgencyAndARoleMayEndItsLine() throws Exception {
        JCas jcas = run("全县防汛工作会议召开\n\n青禾日报·青禾客户端记者 柳青山 通讯员\n 杜晓\n\n6月2日上午，全镇召开防汛工作会议。\n");
        Byline b = byline(jcas);
        assertThat(b.getCoveredText()).isEqualTo("青禾日报·青禾客户端记者 柳青山 通讯员杜晓");
        assertThat(b.getAgency()).isEqualTo("青禾日报·青禾客户端");
        assertThat(contributors(jcas)).containsExactly("记者:柳青山", "通讯员:杜晓");
    }

    @Test
    void aClosingCreditsBracketClosedOnTheNextLineIsTheCreditNotAHeadline() throws Exception {
        // ……。⏎(某某新闻 记者 林晓 通讯员⏎ 司马言): the second line goes on with the credit
        JCas jcas = run("全县召开会议，部署春耕工作，确保各项工作落到实处。\n\n(青山新闻 记者 林晓 通讯员\n 司马言)\n\n"
                + "青山县召开常委会会议\n\n8月9日，青山镇召开人大会议，部署全年工作。\n");
        assertThat(contributors(jcas)).containsExactly("记者:林晓", "通讯员:司马言");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("青山县召开常委会会议");
    }

    @Test
    void anOfficesCreditOnALineOfItsOwnClosesTheBrief() throws Exception {
        JCas jcas = run("全县召开会议，部署春耕工作，确保各项工作落到实处。\n\n(区人大办 林晓)\n\n"
                + "9月19日上午，区委召开常委会会议，部署全年工作。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("(区人大办 林晓)");
        assertThat(byline(jcas).getAgency()).isEqualTo("区人大办");
        assertThat(contributors(jcas)).containsExactly(":林晓");
    }

    @Test
    void aRoleBrokenAcrossLinesJoinsTheCreditLine() throws Exception {
        JCas jcas = run("青禾融媒体中心记者 柳青山 通讯\n员 杜晓\n\n6月2日上午，全镇召开防汛工作会议。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("青禾融媒体中心记者 柳青山 通讯员 杜晓");
        assertThat(contributors(jcas)).containsExactly("记者:柳青山", "通讯员:杜晓");
    }

    @Test
    void aClosingBracketThatDidNotFitItsLineStaysWithTheCredit() throws Exception {
        JCas jcas = run("全县各级各部门要把春耕备耕各项工作抓\n细抓实，保证农资供应充足到位。(青山日报全媒\n"
                + "体记者 林晓\n)\n\n青山县召开专题会议\n");
        Byline b = byline(jcas);
        assertThat(b.getCoveredText()).isEqualTo("(青山日报全媒体记者 林晓)");
        assertThat(b.getAgency()).isEqualTo("青山日报");
        assertThat(contributors(jcas)).containsExactly("记者:林晓");
    }

    @Test
    void aCreditLineWithTheRoleGluedToTheNameIsNoHeadline() throws Exception {
        JCas jcas = run("全县各级各部门要把春耕备耕各项工作抓细抓实，保证农资供应充足到位。\n\n青山县召开专题会议\n\n本报记者林晓\n\n"
                + "春季的青山大地，处处是项目建设的热潮，各地抓紧推进重点项目开工建设。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本报记者林晓");
        assertThat(JCasUtil.select(jcas, io.github.tifa.type.Headline.class))
                .extracting(io.github.tifa.type.Headline::getCoveredText).containsExactly("青山县召开专题会议");
    }

    @Test
    void halfWidthBracketsAndAColonAfterTheDateline() throws Exception {
        JCas jcas = run("青山日报9月26日讯(记者 林晓):9月25日至26日，青山县委书记王建国到乡镇调研。\n");
        Byline b = byline(jcas);
        assertThat(b.getCoveredText()).isEqualTo("青山日报9月26日讯(记者 林晓)");
        assertThat(features(b)).isEqualTo("青山日报||9月26日");
        assertThat(contributors(jcas)).containsExactly("记者:林晓");
    }

    @Test
    void aMarkedNameClosingTheLastParagraph() throws Exception {
        JCas jcas = run("全县各级各部门要把春耕备耕各项工作抓细\n抓实，保证农资供应充足到位。会上各乡镇负责\n"
                + "人依次汇报了本地进展情况。 ■林晓\n\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("林晓");
        assertThat(contributors(jcas)).containsExactly(":林晓");
    }

    @Test
    void aMediaCentreDatelineAfterAHeadline() throws Exception {
        JCas jcas = run("会议强调，要抓好落实。\n\n青山县部署春季农业生产\n\n青山区融媒体中心讯 1月11日上午，青山区农\n"
                + "业农村局召开全区春耕工作推进会。\n");
        Byline b = byline(jcas);
        assertThat(b.getCoveredText()).isEqualTo("青山区融媒体中心讯");
        assertThat(b.getAgency()).isEqualTo("青山区融媒体中心");
    }

    @Test
    void aDatelineGluedToTheTextAfterItsDate() throws Exception {
        JCas jcas = run("青山在线11月01日讯县委书记王建国在近日召开的务虚会上强调，要抓好落实。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("青山在线11月01日讯");
    }

    @Test
    void aClosingCreditBrokenAfterItsFirstName() throws Exception {
        JCas jcas = run("全县各级各部门要把春耕备耕各项工作抓细\n抓实，保证农资供应充足到位。会上各乡镇负责\n"
                + "人依次汇报了本地进展情况。 (孔丽 \n谷 翡)\n\n【工作动态】\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("(孔丽 谷 翡)");
        assertThat(contributors(jcas)).containsExactly(":孔丽", ":谷 翡");
    }

    @Test
    void anOutletsReporterInBracketsOnALineOfItsOwnIsNoHeadline() throws Exception {
        JCas jcas = run("全县各级各部门要把春耕备耕各项工作抓细\n抓实，保证农资供应充足到位，会上作了表态发言。\n\n"
                + "(青山日报全媒体记者 林晓)\n\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("(青山日报全媒体记者 林晓)");
        assertThat(JCasUtil.select(jcas, io.github.tifa.type.Headline.class)).isEmpty();
    }

    @Test
    void namesBeforeTheRoleOnALineOfTheirOwnOpenTheArticle() throws Exception {
        JCas jcas = run("会议要求，推动全区经济行稳致远。\n\n青山区召开专题会议\n\n□欧阳青 司马言 本报记者 王五\n\n"
                + "市委全会圆满闭幕后，全县召开专题会议。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("欧阳青 司马言 本报记者 王五");
        assertThat(contributors(jcas)).containsExactly(":欧阳青", ":司马言", "记者:王五");
    }

    @Test
    void fourNamesInHalfWidthBracketsCloseAnArticle() throws Exception {
        JCas jcas = run("会议要求，各部门要把各项部署落到实处。(林文斌 赵书航 钱东来 甘露)\n\n"
                + "青山区新闻采访活动启动\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("(林文斌 赵书航 钱东来 甘露)");
        assertThat(contributors(jcas)).hasSize(4);
        assertThat(JCasUtil.selectSingle(jcas, Headline.class).getCoveredText()).isEqualTo("青山区新闻采访活动启动");
    }

    @Test
    void aColumnLabelInBracketsBeforeADatelineIsNoPartOfIt() throws Exception {
        JCas jcas = run("【连线】  本报青山11月3日电(记者 林晓)\n连日来，市委书记欧阳青接受媒体采访。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本报青山11月3日电(记者 林晓)");
    }

    @Test
    void aShortParagraphBeforeMoreBodyIsNoClosingName() throws Exception {
        JCas jcas = run("本报讯（记者 王五）代表团到访，双方表示热烈欢迎。\n\n欧阳青说\n\n"
                + "今年以来，全市经济运行稳中向好，各项指标实现增长。\n\n代表团来我市考察\n");
        assertThat(JCasUtil.select(jcas, Byline.class)).extracting(Byline::getCoveredText).containsExactly("本报讯（记者 王五）");
    }

    @Test
    void aStationsShortNameBeforeTheRoleIsItsAgency() throws Exception {
        JCas jcas = run("会议要求，抓好各项工作落实。\n\n青山台记者 欧阳青\n\n县委常委会召开会议\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("青山台记者 欧阳青");
        assertThat(byline(jcas).getAgency()).isEqualTo("青山台");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText).containsExactly("县委常委会召开会议");
    }

    // ---- credit forms of round 4 (development since it was scored), made-up sentences

    private static List<String> bylines(JCas jcas) {
        return JCasUtil.select(jcas, Byline.class).stream().map(Byline::getCoveredText).toList();
    }

    @Test
    void aBracketOfNamesAndAMarkedNameEachOnTheirOwnLineAfterTheBody() throws Exception {
        JCas jcas = run("会议对各单位的工作给予充分肯定。\n\n(欧阳青)\n\n■司马言\n\n5月9日，区政府召开专题会议。\n");
        assertThat(bylines(jcas)).containsExactly("(欧阳青)", "司马言");
    }

    @Test
    void namesInBracketsAfterTheBodyThoughOneSurnameIsRare() throws Exception {
        JCas jcas = run("各村要对照清单，逐项抓好整改。(张立新 弓晓华)\n\n青山县委召开常委扩大会议\n");
        assertThat(bylines(jcas)).containsExactly("(张立新 弓晓华)");
        assertThat(contributors(jcas)).containsExactly(":张立新", ":弓晓华");
    }

    @Test
    void anAuthorAPhotoCreditAndAMediaCentresOwnName() throws Exception {
        assertThat(contributors(run("会议要求，抓好各项工作落实。\n\n作者:司马言\n\n青山区召开专题会议\n"))).containsExactly(":司马言");
        JCas photo = run("与会人员认真审议各项报告。\n\n欧阳青 供图\n\n青山市人代会开幕\n");
        assertThat(bylines(photo)).containsExactly("欧阳青 供图");
        assertThat(contributors(photo)).containsExactly("摄影:欧阳青");
        JCas media = run("青山新媒体青禾12月3日讯(记者 林晓 韩冬 通讯员 司马言)12月3日下午，会议召开。\n");
        assertThat(contributors(media)).containsExactly("记者:林晓", "记者:韩冬", "通讯员:司马言");
        JCas centre = run("青山融媒体(记者 林晓 韩冬)4月9日，县委书记欧阳青带队调研。\n");
        assertThat(bylines(centre)).containsExactly("青山融媒体(记者 林晓 韩冬)");
    }
    @Test
    void aClosingCreditThatFillsItsLineGoesOnWithTheNamesOnTheNextLine() throws Exception {
        // the credit wraps at the column like the body above it: the short line after it is its names, no headline
        JCas jcas = run("会议要求，各乡镇要压实责任，抓好春耕备耕工\n作，确保粮食生产稳中有进，群众增收有保障。\n"
                + "会议还研究部署了全县防汛抗旱有关工作安排。\n\n记者：司马言 欧阳青 韩冬 摄影：林晓丰 孔\n德海 周明远\n\n"
                + "青山县召开春耕生产工作会议\n");
        assertThat(contributors(jcas)).containsExactly("记者:司马言", "记者:欧阳青", "记者:韩冬", "摄影:林晓丰", "摄影:孔德海",
                "摄影:周明远");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("青山县召开春耕生产工作会议");
    }

    @Test
    void aClosingCreditThatFillsItsLineGoesOnWithTheNextRoleOnTheLineBelow() throws Exception {
        // one credit line wrapped before its second role: one byline, not two
        JCas jcas = run("会议要求，各乡镇要压实责任，抓好春耕备耕工\n作，确保粮食生产稳中有进，群众增收有保障。\n\n"
                + "记者：司马言 欧阳青 韩冬 林晓丰 孔德海\n 通讯员：周明远\n\n青山县召开春耕生产工作会议\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("记者：司马言 欧阳青 韩冬 林晓丰 孔德海 通讯员：周明远");
        assertThat(contributors(jcas)).containsExactly("记者:司马言", "记者:欧阳青", "记者:韩冬", "记者:林晓丰", "记者:孔德海",
                "通讯员:周明远");
    }

    @Test
    void aSupplierWithAColonBeforeTheNameIsACredit() throws Exception {
        // 供稿 closes a credit after the name (林晓 供稿); with a colon before the name it opens one, as 撰稿： does
        JCas jcas = run("会议要求，各乡镇要压实责任，抓好春耕备耕工\n作，确保粮食生产稳中有进。（供稿：司马言\n晴）\n\n"
                + "3月2日，青山县召开防汛工作会议，部署有关工作。\n");
        assertThat(bylines(jcas)).containsExactly("（供稿：司马言晴）");
        assertThat(contributors(jcas)).containsExactly(":司马言晴");
    }

    @Test
    void anInvitedCorrespondentIsACorrespondent() throws Exception {
        JCas jcas = run("全县慰问困难党员活动圆满结束。\n\n（通讯员 邱晓峰 特邀通讯员 尹明 胡立森）\n");
        assertThat(contributors(jcas)).containsExactly("通讯员:邱晓峰", "通讯员:尹明", "通讯员:胡立森");
    }

    @Test
    void aDatelineWithRolesGluedToNamesJoinedByACommaAndReportedWithAColon() throws Exception {
        JCas jcas = run("本报讯 见习记者林晓丰、通讯员孔德海报道：\n3月2日，青山县召开春耕生产工作会议。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本报讯 见习记者林晓丰、通讯员孔德海报道");
        assertThat(contributors(jcas)).containsExactly("见习记者:林晓丰", "通讯员:孔德海");
    }

    @Test
    void aSecondNameAfterARoleGluedToItsNameAndReportedOnTheNextLine() throws Exception {
        // 通讯员韩冬、钱立新⏎报道：: the correspondents are two, the second without its role, 报道 under them
        JCas jcas = run("本报讯 记者林晓文、通讯员韩冬、钱立新\n报道：日前，青山县召开春耕生产会议。\n");
        assertThat(byline(jcas).getCoveredText()).isEqualTo("本报讯 记者林晓文、通讯员韩冬、钱立新报道"); // the line break joined
        assertThat(contributors(jcas)).containsExactly("记者:林晓文", "通讯员:韩冬", "通讯员:钱立新");
    }

    @Test
    void anOfficesSupplyLineAndPicturesAndTextWithAnEnumerationMark() throws Exception {
        // 区政府办 供稿 alone on the line after the body; （文、图/某某）: text and pictures, no role of the scheme
        JCas office = run("3月2日，区长林晓主持召开会议。会议还部署了工作。\n区政府办 供稿\n\n区政府召开全体会议\n");
        assertThat(bylines(office)).containsExactly("区政府办 供稿");
        JCas pictures = run("3月5日，区长林晓到企业调研，要求压实责任。\n（文、图/孔丽）\n\n林晓调研安全生产工作\n");
        assertThat(contributors(pictures)).containsExactly(":孔丽");
    }

    @Test
    void textAndPicturesWithAColonOnTheLineAfterTheBody() throws Exception {
        // 文/图：某某 under the last paragraph, before the headline: a closing credit, no role of the scheme
        JCas jcas = run("3月2日，青禾镇委员工作室揭牌。工作室将做出特色。\n\n文/图：孔丽\n\n青禾镇委员工作室揭牌成立\n");
        assertThat(contributors(jcas)).containsExactly(":孔丽");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText).containsExactly("青禾镇委员工作室揭牌成立");
    }

    @Test
    void aStationAmongTheNamesOfADatelinesCreditIsNoName() throws Exception {
        // （融媒体记者 林晓 北坡台 韩冬 孔丽）: the county's station reported too; its reporters have no role printed
        JCas jcas = run("云上青山报道（融媒体记者 林晓 北坡台 韩冬 孔丽） 6月2号，青山市举办推介会。\n");
        assertThat(contributors(jcas)).containsExactly("记者:林晓", ":韩冬", ":孔丽");
    }

    @Test
    void aClosingCreditsRoleAtTheLineEndWithItsColonAndNameOnTheNextLine() throws Exception {
        JCas jcas = run("会议要求，各乡镇要压实责任，抓好春耕备耕工\n作，确保粮食生产稳中有进，群众增收有保障。\n\n"
                + "撰稿：司马言 编辑：欧阳青 责编：韩冬 审核\n：林晓丰\n\n青山县召开春耕生产工作会议\n");
        assertThat(contributors(jcas)).containsExactly(":司马言", ":欧阳青", ":韩冬", ":林晓丰");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("青山县召开春耕生产工作会议");
    }
    @Test
    void aLineOfSurnamedNamesAfterTheBodyIsItsCreditNotTheHeadline() throws Exception {
        JCas jcas = run("会议还对下一步工作作了安排。\n\n林晓丰 司马言 韩 冬\n\n青山县政府召开第十二次常务会议\n");
        assertThat(bylines(jcas)).containsExactly("林晓丰 司马言 韩 冬");
        assertThat(contributors(jcas)).containsExactly(":林晓丰", ":司马言", ":韩 冬");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("青山县政府召开第十二次常务会议");
        JCas last = run("会议还对下一步工作作了安排。\n\n周芳 吴晴\n");
        assertThat(contributors(last)).containsExactly(":周芳", ":吴晴");
    }

    @Test
    void aHeadlineOfShortWordsAfterTheBodyStaysAHeadline() throws Exception {
        JCas jcas = run("会议还对下一步工作作了安排。\n\n强基础 促发展\n\n本报讯 全县召开大会，部署工作。\n");
        assertThat(bylines(jcas)).containsExactly("本报讯");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText).containsExactly("强基础 促发展");
    }
    @Test
    void aRoleSpacedOutToTheWidthOfThreeCharacters() throws Exception {
        JCas jcas = run("会议要求，各乡镇要压实责任，抓好春耕备耕工作。\n\n记 者|司马言\n\n青山县召开春耕生产工作会议\n");
        assertThat(bylines(jcas)).containsExactly("记 者|司马言");
        assertThat(contributors(jcas)).containsExactly("记者:司马言");
        JCas colon = run("会议要求，各乡镇要压实责任，抓好春耕备耕工作。\n\n记 者:欧阳青\n\n青山县召开春耕生产工作会议\n");
        assertThat(contributors(colon)).containsExactly("记者:欧阳青");
    }
    @Test
    void aPhotographersCreditOnTheLineUnderItsCaptionIsTheCaptionsByline() throws Exception {
        JCas jcas = run("会议要求，各乡镇要压实责任，抓好春耕备耕工\n作，确保粮食生产稳中有进，群众增收有保障。\n\n青山县召开春耕会议\n\n"
                + "青山县九届人大三次会议开幕现场。\n林晓明 摄\n\n县长欧阳青代表县政府作报告。\n林晓明 摄\n\n"
                + "3月2日，青山县九届人大三次会议在县会\n议中心开幕，会议听取了县政府工作报告。\n\n青山县人代会开幕\n");
        assertThat(bylines(jcas)).containsExactly("林晓明 摄", "林晓明 摄");
        assertThat(contributors(jcas)).containsExactly("摄影:林晓明", "摄影:林晓明");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("青山县召开春耕会议", "青山县人代会开幕");
    }
}
