package io.github.tifa.slogan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.PreparedCas;
import io.github.tifa.meeting.MeetingAnnotator;
import io.github.tifa.type.Slogan;

/** Made-up sentences for every slogan rule and every exclusion. */
class SloganAnnotatorTest {

    /** The page segmented by HanLP, then SloganAnnotator and the components that write its inputs, no other rule. */
    private static JCas annotate(String raw) throws Exception {
        return PreparedCas.segmented(raw, MeetingAnnotator.class, SloganAnnotator.class);
    }

    private static List<Slogan> slogans(String raw) throws Exception {
        JCas jcas = annotate(raw);
        return List.copyOf(JCasUtil.select(jcas, Slogan.class));
    }

    /** covered[numeric quoted] */
    private static List<String> described(String raw) throws Exception {
        return slogans(raw).stream().map(s -> s.getCoveredText() + "[" + s.getNumeric() + " " + s.getQuoted() + "]")
                .toList();
    }

    @Test
    void aMeetingsNameInQuotesIsNoSloganButAPlanCodeBeforeItsPeriodIsOne() throws Exception {
        // “县政协委员季度座谈会” is the meeting held; “十四五”期间: the plan's period, not a day's name;
        // “网格化”管理: a way of governing, a term
        assertThat(described("上午，县政协举办第三次“县政协委员季度座谈会”。\n")).isEmpty();
        assertThat(described("规划明确了“十四五”期间全县的目标任务。\n")).containsExactly("十四五[true true]");
        assertThat(described("社区推行“网格化”服务，群众办事更方便。\n")).containsExactly("网格化[false true]");
    }

    @Test
    void aMembersStudioOrACompanyNamedInQuotesIsNoSlogan() throws Exception {
        // “青禾同行”委员工作室: the studio's own name; “今日青山”传媒公司: the company's
        assertThat(described("县政协为“青禾同行”委员工作室揭牌。仪式在“今日青山”传媒公司举行。\n")).isEmpty();
    }

    @Test
    void quotedNationalFormulaWithItsExpansion() throws Exception {
        List<Slogan> s = slogans("全体党员要增强“四个意识”，做到“两个维护”。\n");
        assertThat(s).extracting(Slogan::getCoveredText).containsExactly("四个意识", "两个维护");
        assertThat(s.get(0).getBegin()).isEqualTo(8);
        assertThat(s.get(0).getEnd()).isEqualTo(12);
        assertThat(s.get(0).getNumeric()).isTrue();
        assertThat(s.get(0).getExpansion()).isEqualTo("政治意识；大局意识；核心意识；看齐意识");
        assertThat(s.get(0).getRule()).isEqualTo(SloganAnnotator.RULE_QUOTED_FORMULA);
    }

    @Test
    void localNumericFormulasAndDigitCodes() throws Exception {
        assertThat(described("实施“三大提升行动”，落实“4+N”体系和“2568”工程，推进“双招双引”。\n")).containsExactly(
                "三大提升行动[true true]", "4+N[true true]", "2568[true true]", "双招双引[true true]");
    }

    @Test
    void pairedNumeralsAndSetMeasuresAfterOne() throws Exception {
        assertThat(described("构建“三纵四横”路网，守住“一排底线”，共建“一带一路”。\n")).containsExactly(
                "三纵四横[true true]", "一排底线[true true]", "一带一路[true true]");
    }

    @Test
    void idiomaticOneIsNotACount() throws Exception {
        assertThat(described("提供“一条龙”服务，推行“一次办好”，争创“事争一流”。\n")).containsExactly(
                "一条龙[false true]", "一次办好[false true]", "事争一流[false true]");
    }

    @Test
    void coinedTermsAndCatchphrasesWithEnumerationCommas() throws Exception {
        assertThat(described("培育“小巨人”企业，打通“断头路”，践行“勤快、严实、精细”作风。\n")).containsExactly(
                "小巨人[false true]", "断头路[false true]", "勤快、严实、精细[false true]");
    }

    @Test
    void aQuotedWordThatLabelsACategoryIsATerm() throws Exception {
        assertThat(described("全县新增“瞪羚”企业十家，“菜篮子”工程稳步推进。\n"))
                .containsExactly("瞪羚[false true]", "菜篮子[false true]");
    }

    @Test
    void scareQuotedOrdinaryWordsAreNotSlogans() throws Exception {
        assertThat(slogans("年轻干部要敢于扛好“大梁”，把基层当作“课堂”。\n")).isEmpty();
        // the common figures of government prose: a plan made a “施工图”, a town a “热土”, a defence a “堡垒”
        assertThat(slogans("要把规划变成“施工图”，再变成“实景画”，打出“组合拳”，按下“快进键”。\n")).isEmpty();
        assertThat(slogans("让支部成为坚强“堡垒”，筑牢安全生产“堤坝”，让青山成为人才向往的“热土”。\n")).isEmpty();
    }

    @Test
    void everydayWordsThatGovernmentTextUsesAsTermsAreSlogansAfterAVerbToo() throws Exception {
        // scheme v3: 开门红, 店小二; role metaphors set as targets (争当“排头兵”) are terms, not figures
        assertThat(slogans("确保实现“开门红”，争当乡村振兴“排头兵”，当好服务企业的“店小二”。\n")).extracting(Slogan::getCoveredText)
                .containsExactly("开门红", "排头兵", "店小二");
    }

    @Test
    void aThemeOrMaximOfParallelClausesAfterTheWordThatSetsIt() throws Exception {
        // 围绕 sets a theme, 做到 a maxim, and 原则 or 精神 after the quotation labels it
        assertThat(slogans("区政协围绕“推动老城更新提质增效，打造宜居宜业城区”开展协商议政。\n")).extracting(Slogan::getCoveredText)
                .containsExactly("推动老城更新提质增效，打造宜居宜业城区");
        assertThat(slogans("真正做到“踏石留印，抓铁有痕”，按照“早发现，早处置”的原则落实措施。\n")).extracting(Slogan::getCoveredText)
                .containsExactly("踏石留印，抓铁有痕", "早发现，早处置");
        assertThat(slogans("他说：“我们一定把这件事办好，让群众满意。”\n")).isEmpty();
    }

    @Test
    void aCoupletOfClausesOfOneLengthIsASloganWhereverItStands() throws Exception {
        // clauses of the same length, set against each other (对仗), are coined: 建设“A，B”, 在“A，B”过程中
        assertThat(slogans("全面建设“青山门户，康养之都”，加快发展。\n")).extracting(Slogan::getCoveredText)
                .containsExactly("青山门户，康养之都");
        assertThat(slogans("要在“对接省城,比学邻市”过程中加快发展。\n")).extracting(Slogan::getCoveredText)
                .containsExactly("对接省城,比学邻市");
        assertThat(slogans("开展“进企业、问需求,解难题、优服务”走访调研。\n")).extracting(Slogan::getCoveredText)
                .containsExactly("进企业、问需求,解难题、优服务");
        // clauses of different lengths remain speech unless a theme word sets them
        assertThat(slogans("他表示“这次活动很有意义，大家收获很多”。\n")).isEmpty();
    }

    @Test
    void aQuotedCampaignOrActivityNameIsNoSlogan() throws Exception {
        // scheme: names of programmes or campaigns in quotes are not slogans; a numeric formula still is
        assertThat(slogans("委员们带头参与“委员助力青山振兴行动”和“书香青山读书活动”，落实“三大攻坚行动”，推进“代表行动”。\n"))
                .extracting(Slogan::getCoveredText).containsExactly("三大攻坚行动", "代表行动");
    }

    @Test
    void aQuotedHomeOrStationIsAPlacesName() throws Exception {
        // “同心之家”, “暖心驿站”: the own name of a centre or a station, no slogan
        assertThat(slogans("社区建成“同心之家”和“暖心驿站”，推行“菜篮子”工程。\n"))
                .extracting(Slogan::getCoveredText).containsExactly("菜篮子");
    }

    @Test
    void quotedSpeechIsNotASlogan() throws Exception {
        assertThat(slogans("“我们一定把这件事办好，让群众满意。”村支书说。\n")).isEmpty();
        assertThat(slogans("他表示“要把服务送到企业家门口去才算真正到位”。\n")).isEmpty();
    }

    @Test
    void programmeNameKeepsOnlyItsInnerSlogans() throws Exception {
        assertThat(described("开展“‘书香润心’助力‘双减’读书行动”。\n"))
                .containsExactly("书香润心[false true]", "双减[true true]");
    }

    @Test
    void unquotedNationalFormulaAndOneQuotedEarlier() throws Exception {
        assertThat(described("落实“五个一批”举措。要坚定四个自信，推动五个一批落地。\n")).containsExactly(
                "五个一批[true true]", "四个自信[true false]", "五个一批[true false]");
    }

    @Test
    void anUnquotedLocalFormulaNeverQuotedIsLeftAlone() throws Exception {
        assertThat(slogans("推进三项改革落地见效。\n")).isEmpty();
    }

    @Test
    void expansionDefinedInPlace() throws Exception {
        List<Slogan> after = slogans("建立“321”工作机制，即3个工作专班、2张清单、1套考核办法，逐项压实责任。\n");
        assertThat(after.get(0).getExpansion()).isEqualTo("3个工作专班；2张清单；1套考核办法");
        List<Slogan> before = slogans("健全监测预警、联动处置、考核问责“三项机制”。\n");
        assertThat(before.get(0).getExpansion()).isEqualTo("监测预警；联动处置；考核问责");
    }

    @Test
    void canonicalDropsLayoutBreaks() throws Exception {
        List<Slogan> s = slogans("会议要求各部门抓好政务服务改革，全面推行“一网通\n办”，持续深化放管服改革，不断优化\n营商环境，让企业和群众办事更加便捷。\n");
        // 放管服 is a national term, a slogan unquoted too (scheme v2)
        assertThat(s).extracting(Slogan::getCanonical).containsExactly("一网通办", "放管服");
    }

    @Test
    void enumeratedCatchphraseMayBeLongerThanASingleTerm() throws Exception {
        assertThat(described("开展“项目建设年、招商引资年、作风提升年”活动。\n"))
                .containsExactly("项目建设年、招商引资年、作风提升年[false true]");
    }

    @Test
    void expansionOfANameAbbreviatedInPlace() throws Exception {
        List<Slogan> s = slogans("全面推进基层治理提质增效专项行动（以下简称“提质行动”），确保见效。\n");
        assertThat(s).extracting(Slogan::getCoveredText).containsExactly("提质行动");
        assertThat(s.get(0).getExpansion()).isEqualTo("基层治理提质增效专项行动");
    }

    @Test
    void quotedWordAfterANounOrConjunctionIsATermAfterAVerbOrDeAMetaphor() throws Exception {
        JCas jcas = annotate("全县要稳住粮食和“米袋子”等重要农产品供给，实现一季度“满堂红”，当好群众的“贴心人”，扛起“重担”。\n");
        assertThat(JCasUtil.select(jcas, Slogan.class)).extracting(Slogan::getCoveredText)
                .containsExactly("米袋子", "满堂红");
    }

    @Test
    void quotedTermsInAChainLabelTheNounAfterThem() throws Exception {
        JCas jcas = annotate("全力推进“一站式”“管家式”服务。\n");
        assertThat(JCasUtil.select(jcas, Slogan.class)).extracting(Slogan::getCoveredText)
                .containsExactly("一站式", "管家式");
    }

    @Test
    void unquotedRepeatOfAQuotedTermAndNationalTermsUnquoted() throws Exception {
        JCas jcas = annotate("培育“雏鹰”企业十家，新增省级雏鹰企业三家，完整准确全面贯彻新发展理念。\n");
        assertThat(JCasUtil.select(jcas, Slogan.class)).extracting(s -> s.getCoveredText() + " " + s.getQuoted())
                .containsExactly("雏鹰 true", "雏鹰 false", "新发展理念 false");
    }

    @Test
    void aChainOfShortItemsJoinedByDashesIsOneTerm() throws Exception {
        JCas jcas = annotate("建立“线索移交—限期整改—跟踪督办”的工作闭环。\n");
        assertThat(JCasUtil.select(jcas, Slogan.class)).extracting(Slogan::getCoveredText)
                .containsExactly("线索移交—限期整改—跟踪督办");
    }

    @Test
    void aQuotedCountOfMeetingsIsAFormulaAndASloganInsideANameIsOne() throws Exception {
        // “两会” in quotation marks counts two sessions (scheme: a numeric formula); unquoted, 市两会 is a meeting
        JCas jcas = annotate("会议传达学习了全国“两会”精神。3月5日，临河区召开“四个一批”工作例会。\n");
        assertThat(JCasUtil.select(jcas, Slogan.class)).extracting(Slogan::getCoveredText).containsExactly("两会", "四个一批");
    }

    // ---- forms of scheme v3 (issue "Real text, round 2"), made-up sentences

    @Test
    void quotedTermsSideBySideAreParallelTermsNotFiguresOfSpeech() throws Exception {
        JCas jcas = annotate("各村要抢抓农时，力争春耕生产“开门红”“开门稳”。\n");
        assertThat(JCasUtil.select(jcas, Slogan.class)).extracting(Slogan::getCoveredText)
                .containsExactly("开门红", "开门稳");
    }

    @Test
    void anEstablishedTermForAWayOfServingIsASloganAfterDe() throws Exception {
        JCas jcas = annotate("窗口人员要当好服务企业的“店小二”。\n");
        assertThat(JCasUtil.select(jcas, Slogan.class)).extracting(Slogan::getCoveredText).containsExactly("店小二");
    }

    @Test
    void aPostInQuotationMarksIsTheTitleNoSlogan() throws Exception {
        // the page's titles come first (as in Tifa.pipeline): “第一书记” is then a title, “三个一批” still a slogan
        JCas jcas = PreparedCas.segmented("县委组织部看望“第一书记”，推进“三个一批”项目建设。\n",
                io.github.tifa.person.PersonAnnotator.class, io.github.tifa.title.TitleAnnotator.class,
                MeetingAnnotator.class, SloganAnnotator.class);
        assertThat(PreparedCas.covered(jcas, io.github.tifa.type.OfficialTitle.class)).contains("第一书记");
        assertThat(PreparedCas.covered(jcas, Slogan.class)).containsExactly("三个一批");
    }
}
