package io.github.tifa.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import io.github.tifa.PreparedCas;
import io.github.tifa.TestPages;
import io.github.tifa.Tifa;
import io.github.tifa.type.Article;
import io.github.tifa.type.Headline;

/** ArticleAnnotator on pages that Reflow alone has read (no HanLP); the first test runs the whole pipeline. */
class ArticleAnnotatorTest {

    /** The page reflowed, then ArticleAnnotator alone. */
    private static JCas articles(String raw) throws Exception {
        return PreparedCas.run(PreparedCas.reflowed(raw), ArticleAnnotator.class);
    }

    @Test
    void headlinesAfterEachBodyCloseTheArticle() throws Exception {
        JCas jcas = Tifa.annotate(TestPages.demoPage());
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText).containsExactly(
                "临沂经开区党工委召开会议\n传达学习省纪委全会精神", "临沂银行新市民服务中心揭牌", "经开区部署春季农业生产工作");
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(3).allSatisfy(a -> {
            assertThat(a.getRule()).isEqualTo(ArticleAnnotator.ARTICLE_RULE);
            assertThat(JCasUtil.selectCovered(Headline.class, a)).isNotEmpty();
        });
        Article second = JCasUtil.select(jcas, Article.class).stream().skip(1).findFirst().orElseThrow();
        assertThat(second.getCoveredText()).startsWith("□本报记者 许  晴\n近日，").endsWith("临沂银行新市民服务中心揭牌");
        assertThat(JCasUtil.select(jcas, Paragraph.class)).extracting(Paragraph::getCoveredText)
                .contains("□本报记者 许  晴").noneMatch(p -> p.equals("经开区部署春季农业生产工作"));
    }

    @Test
    void shortLinesBeforeTheFirstBodyAreFurniture() throws Exception {
        JCas jcas = articles("要闻\n会议召开，研究部署全区重点工作，要求抓好落实。\n经开区召开会议\n");
        Article article = JCasUtil.selectSingle(jcas, Article.class);
        assertThat(article.getCoveredText()).isEqualTo("会议召开，研究部署全区重点工作，要求抓好落实。\n经开区召开会议");
    }

    @Test
    void articleWithoutHeadlineEndsAtItsBody() throws Exception {
        JCas jcas = articles("会议召开，研究部署全区重点工作。\n");
        assertThat(JCasUtil.selectSingle(jcas, Article.class).getCoveredText()).isEqualTo("会议召开，研究部署全区重点工作。");
        assertThat(JCasUtil.select(jcas, Headline.class)).isEmpty();
    }

    @Test
    void aPhotoCaptionsCreditDoesNotCloseTheArticle() throws Exception {
        JCas jcas = articles("3月5日上午，区人大常委会召开主任会议。韩冬 摄\n\n区人大常委会主任林晓主持并讲\n话。韩冬 摄\n\n"
                + "会议听取了区政府关于民生实事项目进展情况的报告。\n\n区人大常委会召开主任会议\n");
        assertThat(JCasUtil.select(jcas, Article.class)).singleElement().satisfies(a -> assertThat(a.getCoveredText())
                .startsWith("3月5日上午").endsWith("区人大常委会召开主任会议"));
    }

    @Test
    void aSourceLineAndAnUnknownOutletsReporterAfterTheBodyAreNoHeadlines() throws Exception {
        JCas jcas = articles("与会人员表示，要把经验带回去，推动工作再上台阶。\n\n来源：青山县广播电视台\n\n"
                + "记者 韩冬\n\n华新记者 林晓\n\n青山县召开经验交流会\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("青山县召开经验交流会");
    }

    @Test
    void trailingCreditOnItsOwnLineStaysInTheBody() throws Exception {
        JCas jcas = articles("会议要求，要以整改实效推动工作落地见效。\n（记者 司马言）\n县委常委班子召开民主生活会\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("县委常委班子召开民主生活会");
    }

    @Test
    void aHeadlineIsItsWholePrintedBlockClosingQuotationMarkIncluded() throws Exception {
        JCas jcas = articles("基地建成后，企业研发周期缩短三分之一。\n为科技成果转化装上“加速器”\n");
        assertThat(JCasUtil.selectSingle(jcas, Headline.class).getCoveredText()).isEqualTo("为科技成果转化装上“加速器”");
    }

    @Test
    void aTypographicMarkBeforeTheOpeningCreditIsTheArticlesFirstCharacter() throws Exception {
        JCas jcas = articles("会议要求，抓好各项工作落实。\n\n青山区召开专题会议\n\n□记者 司马言\n\n"
                + "近日，全区召开春季农业生产工作会议。\n\n全区部署春耕工作\n");
        assertThat(JCasUtil.select(jcas, Article.class)).extracting(Article::getCoveredText)
                .containsExactly("会议要求，抓好各项工作落实。\n\n青山区召开专题会议", "□记者 司马言\n\n近日，全区召开春季农业生产工作会议。\n\n全区部署春耕工作");
    }

    @Test
    void aCreditAtThePageTopBeforeADatelineOpensTheArticle() throws Exception {
        JCas jcas = articles("记者 司马言\n\n本报讯22日至24日，省委副书记欧阳青在青山区调研。\n\n省领导在青山区调研\n");
        assertThat(JCasUtil.selectSingle(jcas, Article.class).getCoveredText()).startsWith("记者 司马言\n\n本报讯");
    }

    @Test
    void anOwnOutletCreditAfterABriefOpensTheNextArticle() throws Exception {
        JCas jcas = articles("全区各部门要压实责任，确保各项工作按期完成。\n\n本报记者司马言\n\n"
                + "入秋以来，青禾各乡镇抢抓工期推进项目建设的\n火热场面——\n\n"
                + "青禾县的工业园区和新区项目同步推进，建设进度稳步加快。\n\n青禾项目建设综述\n");
        assertThat(JCasUtil.select(jcas, Article.class)).extracting(Article::getCoveredText).hasSize(2)
                .first().isEqualTo("全区各部门要压实责任，确保各项工作按期完成。");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText).containsExactly("青禾项目建设综述");
    }

    @Test
    void aClosingBracketAloneOnTheNextLineEndsTheCreditBeforeAHeadline() throws Exception {
        JCas jcas = articles("双方表示，要加强交流，携手推动两地合作再上新台阶。（全媒体记者 司马言\n）\n\n"
                + "青禾县代表团到青山区交流\n\n3月8日上午，副县长欧阳青带队赴青山区学习。\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("青禾县代表团到青山区交流");
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(2);
    }

    @Test
    void anInterviewsQuestionsAreNoCredits() throws Exception {
        JCas jcas = articles("本报讯（记者 司马言）近日，记者专访了青山区委书记欧阳青。\n\n"
                + "记者: 区第五次党代会报告提出推动全区高质量发展，请问如何落实？\n\n"
                + "欧阳青：我们将抓好项目建设，推动全年工作。\n\n"
                + "记者:请问欧阳书记，今年的重点工作有哪些？\n\n欧阳青：抓好招商引资。\n\n专访青山区委书记欧阳青\n");
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(1);
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("专访青山区委书记欧阳青");
    }

    @Test
    void kickerEndingInAColonIsPartOfTheHeadlineBlock() throws Exception {
        JCas jcas = articles("全市已累计建成高标准农田四百万亩。\n河北邢台：\n高标准农田里春管忙\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("河北邢台：\n高标准农田里春管忙");
    }

    @Test
    void articlesInTheirOwnColumnWidthsKeepTheirParagraphsWhole() throws Exception {
        // a narrow article (16 characters a line) after a wide one (27): the window of lines around the
        // narrow paragraph's first line, which lacks the indent's width, still holds wide lines
        String page = "本报临沂讯（记者 周明远）3月5日，全县春季农业生产工作会\n"
                + "议召开。会议要求，各乡镇要抓好春耕备耕各项工作，确保粮\n"
                + "食生产稳定，切实做好农资供应、农机调度和技术服务等工作\n"
                + "，全力以赴抓好春季小麦田间管理和防灾减灾各项准备，确保\n夏粮丰产丰收。\n\n"
                + "全县部署春季农业生产\n\n"
                + "本报临沂讯（记者 韩雪）3月6日，县委\n常委会召开会议。会议传达学习全省经济\n"
                + "工作会议精神，研究贯彻落实意见。\n\n"
                + "会议强调，各级各部门要深入\n学习贯彻会议精神，推动各项工作\n落地见效。\n\n"
                + "县委常委会召开会议\n";
        JCas jcas = articles(page);
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(2);
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("全县部署春季农业生产", "县委常委会召开会议");
        assertThat(jcas.getDocumentText()).contains("\n会议强调，各级各部门要深入学习贯彻会议精神，推动各项工作落地见效。\n");
    }

    @Test
    void headlineBlockWithABlankLineInsideIsOneHeadline() throws Exception {
        String page = "本报讯（记者 周明远）全县经济运行稳中向好，各项指标实现增长。\n\n"
                + "一季度全县经济数据出炉\n\n主要指标增速位居全市前列\n\n"
                + "本报讯（记者 韩雪）近日，全县召开安全生产工作会议。\n\n全县部署安全生产工作\n";
        JCas jcas = articles(page);
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("一季度全县经济数据出炉\n主要指标增速位居全市前列", "全县部署安全生产工作");
    }

    @Test
    void closingCreditWithItsBracketOnTheLineBeforeStaysInTheArticle() throws Exception {
        String page = "本报讯 全县新建村级卫生室十二个，群众看病更方便。（\n记者 周明远 通讯员 韩雪）\n"
                + "村级卫生室建设提速\n";
        JCas jcas = articles(page);
        Article article = JCasUtil.selectSingle(jcas, Article.class);
        assertThat(article.getCoveredText()).startsWith("本报讯").endsWith("村级卫生室建设提速");
        assertThat(JCasUtil.selectSingle(jcas, Headline.class).getCoveredText()).isEqualTo("村级卫生室建设提速");
    }

    @Test
    void aCreditBrokenOverTwoLinesOpensOneArticle() throws Exception {
        // the bracket the dateline opened goes on in the next line, whose role opens no article of its own
        String page = "会议要求，抓好各项工作落实。\n\n青山网讯（记者 林晓 见习记者 欧阳青\n 通讯员 司马言）3月22日，由青山县委书记、县\n"
                + "长林晓文带队，全县各乡镇负责人组成考察团，到\n外地学习考察。\n\n青山县部署春季农业生产\n";
        JCas jcas = articles(page);
        assertThat(JCasUtil.select(jcas, Article.class)).extracting(a -> a.getCoveredText().substring(0, 4))
                .containsExactly("会议要求", "青山网讯");
    }

    @Test
    void furnitureBeforeTheFirstDatelineBelongsToNoArticle() throws Exception {
        String page = "03　县域新闻　　　2024年4月18日　星期四\n责任编辑 周明远　　版式 韩雪\n\n"
                + "本报讯（记者 王五）全县召开防汛工作会议。\n\n全县部署防汛工作\n";
        JCas jcas = articles(page);
        assertThat(JCasUtil.selectSingle(jcas, Article.class).getCoveredText()).startsWith("本报讯（记者 王五）");
    }

    @Test
    void headlineWiderThanItsColumnEndsAnArticleWithoutByline() throws Exception {
        String page = "本报讯（记者 王五）6月9日，市政协副主席带领检查\n组检查各区营商环境工作，要求\n各区压实责任，确保取得实效。\n\n"
                + "市领导带队检查各区优化营商环境工作情况\n\n"
                + "6月10日上午，市政协常委会议在市民\n中心召开，研究部署下一阶段工\n作。\n\n市政协常委会议召开\n";
        JCas jcas = articles(page);
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(2);
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("市领导带队检查各区优化营商环境工作情况", "市政协常委会议召开");
    }

    @Test
    void headlineMayBreakAfterACommaBeforeTheNextDateline() throws Exception {
        String page = "本报讯（记者 王五）12月23日，县人民代表大会举行第二次全体会议，选举产生新一届县人民政府县长。\n\n"
                + "县人代会举行第二次全体会议，\n选举产生新一届县人民政府县长\n\n"
                + "本报讯（记者 韩雪）12月26日，区人民代表大会举行预备会议。\n\n区人大会议举行预备会议\n";
        JCas jcas = articles(page);
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("县人代会举行第二次全体会议，\n选举产生新一届县人民政府县长", "区人大会议举行预备会议");
    }

    // ---- briefs without a headline (scheme v3), made-up sentences

    @Test
    void briefsWithoutAHeadlineEndAtTheirClosingCreditLines() throws Exception {
        String page = "全县新建村级卫生室十二个，群众看病更方便。\n（记者 司马言）\n\n"
                + "本月起，全县推行一窗通办，群众办事更便捷。\n（通讯员 欧阳青）\n";
        JCas jcas = articles(page);
        assertThat(JCasUtil.select(jcas, Article.class)).extracting(Article::getCoveredText).containsExactly(
                "全县新建村级卫生室十二个，群众看病更方便。\n（记者 司马言）", "本月起，全县推行一窗通办，群众办事更便捷。\n（通讯员 欧阳青）");
        assertThat(JCasUtil.select(jcas, Headline.class)).isEmpty();
    }

    @Test
    void aBriefEndsAtACreditThatClosesItsLastLine() throws Exception {
        String page = "会议要求，各单位要压实责任，做好汛前排查。 （司徒\n雷 顾芸）\n\n"
                + "1月5日上午，全县召开安全生产工作会议，部署节前安全工作。\n";
        JCas jcas = articles(page);
        assertThat(JCasUtil.select(jcas, Article.class)).extracting(Article::getCoveredText).containsExactly(
                "会议要求，各单位要压实责任，做好汛前排查。（司徒雷 顾芸）", "1月5日上午，全县召开安全生产工作会议，部署节前安全工作。");
    }

    @Test
    void aTitleWiderThanItsColumnAfterAClosingCreditIsAHeadlineEvenWithCommas() throws Exception {
        String page = "3月2日，县委召开专题会议，研究部署\n一季度重点工作，要求各单位压实责任\n，确保实现良好开局。\n\n"
                + "记者：江海燕/贺明\n\n"
                + "青禾新闻丨全镇召开防汛工作推进会：部署汛前隐患排查，确保全镇安全度汛\n\n"
                + "3月5日上午，全县召开安全生产工作会议，部\n署节前安全工作。\n";
        JCas jcas = articles(page);
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("青禾新闻丨全镇召开防汛工作推进会：部署汛前隐患排查，确保全镇安全度汛");
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(2);
    }

    @Test
    void aTitleThatAsksAfterAClosingCreditIsAHeadline() throws Exception {
        String page = "本报讯 全县新建村级卫生室十二个，群众看病更方便。\n（记者 司马言）\n\n"
                + "卫生室建在哪里？记者带你走进这几个村\n";
        JCas jcas = articles(page);
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("卫生室建在哪里？记者带你走进这几个村");
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(1);
    }

    @Test
    void creditsWithoutANameBeforeTheirRoleAreNoHeadline() throws Exception {
        JCas jcas = articles("会议要求，抓好各项工作落实，确保各项任务\n按时完成，推动全年各项工作再上新台阶。\n\n(本报记者)\n\n"
                + "青山区召开专题会议\n\n会议要求，要抓好春耕备耕的各项工作，确\n保农资供应充足到位，推动全年工作开局。\n\n"
                + "林晓摄影报道\n\n【图片新闻】\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("青山区召开专题会议", "【图片新闻】");
    }

    @Test
    void aQuestionWithHalfWidthCommasIsNoHeadline() throws Exception {
        JCas jcas = articles("记者 林晓\n\n会议要求，抓好各项工作落实，确保各项任务按时完成，推动全年工作。\n\n"
                + "记者:请问,今年的重点工作有哪些?\n\n王建国:今年要抓好项目建设,推动全年工作。\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).isEmpty();
    }

    @Test
    void aBracketedCreditBeforeTheBodyOpensTheNextArticle() throws Exception {
        JCas jcas = articles("会议要求，抓好各项工作落实，确保各项任务\n按时完成，推动全年各项工作再上新台阶。\n\n"
                + "王建国主持召开县委常委会会议\n\n(记者 林晓)7月26日，区政协召开常委会\n议，协商全区重点工作。\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("王建国主持召开县委常委会会议");
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(2);
    }

    @Test
    void aFullLineBeforeAnArticleThatOpensWithADateIsAHeadline() throws Exception {
        JCas jcas = articles("会议要求，抓好各项工作落实，确保各项任务\n按时完成，推动全年各项工作再上新台阶。\n\n"
                + "青山日报创刊六十周年座谈会在青山举行\n\n8月12日，中共青山市委召开全体会议\n，部署下半年工作。\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("青山日报创刊六十周年座谈会在青山举行");
    }

    @Test
    void aTwoLineHeadlineBeforeAnArticleThatOpensWithADate() throws Exception {
        // a title and its second line, as wide as the column or wider, then the next report's dated lead
        JCas jcas = articles("会议要求，抓好各项工作落实，确保各项\n任务按时完成，推动全年各项工作再上新\n台阶，切实把各项部署落到实处见到成效。\n\n"
                + "欧阳青在全县宣传文化工作调研宣讲时强调\n迅速兴起学习宣传贯彻全会精神的热潮\n\n"
                + "8月12日，青禾镇召开村级组织换届选举\n工作动员部署会，部署全镇换届工作。\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("欧阳青在全县宣传文化工作调研宣讲时强调\n迅速兴起学习宣传贯彻全会精神的热潮");
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(2);
    }

    @Test
    void aDatelineWhoseCreditGoesOnOnTheNextLineOpensOneArticle() throws Exception {
        JCas jcas = articles("青山县融媒体中心1月5日讯(记者:司马言 、\n欧阳青  实习生:王五、赵六)5日，县政协常委会议召开。\n\n"
                + "县政协常委会议召开\n");
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(1);
    }

    @Test
    void aParagraphOpeningWithItsDateAfterASentenceEndOpensTheNextArticle() throws Exception {
        JCas jcas = articles("本报讯（记者 王五）近日，全县召开安全生产工作会议，部署节前安全工作。\n\n"
                + "会议要求，各单位要压实责任，做好汛前排查。\n\n"
                + "3月20日，县委召开常委会会议，专题研究人大、政协党组工作。\n\n"
                + "会议强调，要抓好各项工作落实。\n\n县委常委会召开会议\n");
        assertThat(JCasUtil.select(jcas, Article.class)).extracting(Article::getCoveredText).hasSize(2)
                .first().isEqualTo("本报讯（记者 王五）近日，全县召开安全生产工作会议，部署节前安全工作。\n\n"
                        + "会议要求，各单位要压实责任，做好汛前排查。");
    }

    @Test
    void datedItemsAfterAMarkStayInTheirRoundup() throws Exception {
        JCas jcas = articles("★8月2日 旗委书记欧阳青深入旗医院检查指导疫情防控工作。\n\n"
                + "★8月3日 旗委书记欧阳青主持召开旗委常委会会议。\n\n一周要闻\n");
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(1);
    }

    @Test
    void photoCaptionsInBracketsBetweenParagraphsStayInTheirArticle() throws Exception {
        // （选手风采）, （县领导为…颁⏎奖）: captions of the photos printed in the report, neither its credit nor its headline
        JCas jcas = articles("6月30日，青山县举办全县表彰大会，表彰先进党组织和优秀党\n员。县委书记林晓出席大会并讲话。\n\n"
                + "（县委书记林晓讲话）\n\n大会开始，选手们展开了激烈角逐，赞颂了\n先进典型人物和事迹。\n\n（选手风采）\n\n"
                + "比赛结束后，20名优秀党员上台接受表彰。\n\n（县领导为获奖代表颁发证书和奖\n牌）\n\n"
                + "大会在合唱中结束。\n\n青山县举办表彰大会\n");
        assertThat(JCasUtil.select(jcas, Article.class)).singleElement()
                .satisfies(a -> assertThat(a.getCoveredText()).startsWith("6月30日").endsWith("青山县举办表彰大会"));
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText).containsExactly("青山县举办表彰大会");
    }

    @Test
    void aFullTitleAfterAClosingCreditBeforeALeadDatedWithHaoIsAHeadline() throws Exception {
        // 7月2号: a date printed with 号 opens the lead of the next report as 7月2日 does
        JCas jcas = articles("会前，组织部分老干部观摩了全县重\n点项目建设情况，听取了有关工作汇\n报。\n\n（撰稿：林晓 编辑：韩冬 审核：司马言）\n\n"
                + "全县离退休老干部政情通报会召开\n\n7月2号，青山县组织开展老干部座谈\n活动，县委副书记林晓出席并讲话。\n\n青山县开展老干部座谈\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("全县离退休老干部政情通报会召开", "青山县开展老干部座谈");
    }
}
