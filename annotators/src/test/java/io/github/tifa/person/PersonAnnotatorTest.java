package io.github.tifa.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.PreparedCas;
import io.github.tifa.byline.BylineAnnotator;
import io.github.tifa.type.PersonName;

/** One made-up sentence per person context. */
class PersonAnnotatorTest {

    /** The page segmented by HanLP, then PersonAnnotator and the components that write its inputs, no other rule. */
    private static JCas annotate(String raw) throws Exception {
        return PreparedCas.segmented(raw, BylineAnnotator.class, PersonAnnotator.class);
    }

    private static List<PersonName> persons(String raw) throws Exception {
        JCas jcas = annotate(raw);
        return List.copyOf(JCasUtil.select(jcas, PersonName.class));
    }

    private static List<String> names(String raw) throws Exception {
        return persons(raw).stream().map(PersonName::getCoveredText).toList();
    }

    @Test
    void nameAfterAPost() throws Exception {
        List<PersonName> persons = persons("市委副书记、市长周立新主持会议并讲话。\n");
        assertThat(persons).extracting(PersonName::getCoveredText).containsExactly("周立新");
        assertThat(persons.get(0).getBegin()).isEqualTo(8);
        assertThat(persons.get(0).getEnd()).isEqualTo(11);
    }

    @Test
    void noNameAfterACollectivePostWhereAVerbOrAnAdverbFollowsIt() throws Exception {
        // 县委领导来到各小组…, 都向他们…, 来看望…: what the leaders do, not who they are
        assertThat(names("县委书记林晓文等县委领导来到各小组讨论现场看望代表。\n")).containsExactly("林晓文");
        assertThat(names("座谈中，县委领导都向他们表示感谢。\n")).isEmpty();
        assertThat(names("群众得知县委领导来看望大家，十分高兴。\n")).isEmpty();
    }

    @Test
    void anOrdinalTermAndAnOrganAreNoNames() throws Exception {
        // 第五届: a term (第五 is also a compound surname); 管委会 in a list of titles is an organ
        assertThat(names("大会听取了县工商联第五届主席林晓文所作的报告。\n")).containsExactly("林晓文");
        assertThat(names("青山区党工委书记林晓文、管委会主任韩冬参加。\n")).containsExactly("林晓文", "韩冬");
    }

    @Test
    void namesInAListAfterASharedTitle() throws Exception {
        assertThat(names("市领导孙建国、马丽华出席活动。\n")).containsExactly("孙建国", "马丽华");
    }

    @Test
    void twoCharacterNameBeforeAFollowerVerb() throws Exception {
        assertThat(names("县委书记李明出席开工仪式。\n")).containsExactly("李明");
    }

    @Test
    void theNameAPlaceOfMemoryIsNamedAfter() throws Exception {
        // a memorial, a former home or a birthplace keeps the person's name (MEMORIAL words): the name is a mention
        assertThat(names("一行参观了周海涛纪念馆。\n")).containsExactly("周海涛");
        assertThat(names("代表们参观了陈光远纪念园。\n")).containsExactly("陈光远");
        assertThat(names("调研组来到青山镇王守义旧居。\n")).containsExactly("王守义");
        // a county's temple of Confucius beside it in a list is no name (文 is a surname)
        assertThat(names("一行参观了县博物馆、文庙、周海涛故居、西湖公园。\n")).containsExactly("周海涛");
        assertThat(names("一行参观文庙、陈光远故居、青山公园。\n")).containsExactly("陈光远");
    }

    @Test
    void wordsAfterAPostThatStartWithASurnameAreNoNames() throws Exception {
        // 时的 (…委员时的讲话), 席就座 (执行主席席就座), 包保 and 包联 (a leader's assigned duty): NOT_NAME
        assertThat(names("会议传达了总书记看望出席政协会议的青山界委员时的讲话。\n"
                + "县委常委、常务副县长林晓文出席，在主席台执行主席席就座。\n"
                + "落实县级领导包保责任制，县级领导包联企业。\n")).containsExactly("林晓文");
    }

    @Test
    void aNameGoesOnOverWhatFollowsItAtEveryMention() throws Exception {
        // 巴特|朝鲁: HanLP reads two characters of a four-character name; the same two follow at every mention
        assertThat(names("县委副书记、县长巴特朝鲁带队赴省城对接工作。\n座谈中，巴特朝鲁就全县发展情况作了介绍。\n"
                + "巴特朝鲁向省卫健委汇报了项目进展。\n巴特朝鲁一行还走访了省财政厅。\n"))
                .containsExactly("巴特朝鲁", "巴特朝鲁", "巴特朝鲁", "巴特朝鲁");
        // what follows differs, or is a word that follows names: the name stays as found
        assertThat(names("县长林晓文主持会议。林晓文强调，要抓好落实。林晓文指出，要压实责任。\n"))
                .containsExactly("林晓文", "林晓文", "林晓文");
    }

    @Test
    void aNameAfterTheWordForTheHouseholdOrTheGroupItBelongsTo() throws Exception {
        // 困难户, 五保户, 军人 (BEFORE_NAME): the people a visit is paid to are named right after what they are
        assertThat(names("他还看望了困难户林秀英、五保户周德明。\n")).containsExactly("林秀英", "周德明");
    }

    @Test
    void namesListedAfterAConjunctionOrAWordOfDismissal() throws Exception {
        // 以及, 还有 open a list of names; 免去, 提名人选 introduce the name an appointment concerns (BEFORE_NAME)
        assertThat(names("县委书记林晓文，县长周立新，以及贺东生、邝明远、蔺海川等领导出席。\n"))
                .contains("贺东生", "邝明远", "蔺海川");
        assertThat(names("会议决定免去邝明远同志的县水利局局长职务。\n")).containsExactly("邝明远");
        // HanLP's guess at the first part of a transliterated name is no name of its own
        assertThat(names("会议决定免去阿依古丽·吐尔逊同志的县人民政府副县长职务。\n")).doesNotContain("阿依", "阿依古丽");
    }

    @Test
    void aFamilysVillageIsAPlace() throws Exception {
        // surname + 家 + 山 (HOMESTEAD_END): a village named after a family, not a person
        assertThat(names("一行考察了青禾纪念馆、周家山考古工作站、周家山遗址公园项目。\n")).isEmpty();
    }

    @Test
    void nameBeforeATitlePrintedAfterIt() throws Exception {
        assertThat(names("要深入学习贯彻习近平总书记重要讲话精神。\n")).containsExactly("习近平");
        assertThat(names("经研究，决定任命王建军同志为县委办公室主任。\n")).contains("王建军");
    }

    @Test
    void contributorsArePersons() throws Exception {
        List<PersonName> persons = persons("本报讯（记者 邱  实）全市夏粮收购工作全面启动。\n");
        assertThat(persons).extracting(PersonName::getCoveredText).containsExactly("邱  实");
        assertThat(persons.get(0).getRule()).isEqualTo(PersonAnnotator.RULE_CONTRIBUTOR);
    }

    @Test
    void laterBareMentionsTakeTheLengthOfTheKnownName() throws Exception {
        List<PersonName> persons = persons("集团董事长郑文和出席并致辞。\n郑文和在致辞中说，要持续做好服务。\n");
        assertThat(persons).extracting(PersonName::getCoveredText).containsExactly("郑文和", "郑文和");
        assertThat(persons.get(1).getRule()).isIn(PersonAnnotator.RULE_SAME_DOCUMENT, PersonAnnotator.RULE_HANLP);
    }

    @Test
    void noPersonForRoleWordsPronounsComradesOrOrgans() throws Exception {
        assertThat(names("同志们，领导班子成员要带头。他们表示，管委会主任办公会议研究了工作。记者从会上获悉。\n"))
                .isEmpty();
    }

    @Test
    void noPersonInsideAShortCatchphrase() throws Exception {
        assertThat(names("以“严真细实快”的作风推动工作落实。\n")).isEmpty();
    }

    @Test
    void placesHanLpTakesForNamesAreNotPersons() throws Exception {
        assertThat(names("本报任泽讯（记者 王小五）任泽区举行签约仪式，该企业总部设在任泽。\n"))
                .containsExactly("王小五");
        assertThat(names("贾宋镇种粮大户多，参会的20余人发言。\n")).isEmpty();
    }

    @Test
    void compoundSurnameTakesTwoGivenCharacters() throws Exception {
        assertThat(names("公司董事长端木立诚介绍了项目情况。\n")).containsExactly("端木立诚");
    }

    @Test
    void nameHanLpReadsAsAPlaceStillFollowsAPost() throws Exception {
        assertThat(names("市委书记郑怀远主持会议。\n")).containsExactly("郑怀远");
        assertThat(names("市委郑怀远书记强调，要抓好落实。\n")).containsExactly("郑怀远");
    }

    @Test
    void rareSurnamesAfterAPost() throws Exception {
        assertThat(names("市委常委、政法委书记禚建军出席，分行行长贲立峰讲话。\n")).containsExactly("禚建军", "贲立峰");
    }

    @Test
    void aThreeCharacterNameHanLpCutAfterTwoBeforeACommonVerb() throws Exception {
        // 李文|起传达, 张震|华带队: the name runs on to the verb that follows it, or to the comma (王小|同，)
        assertThat(names("镇党委副书记林文起传达了县委会议精神。县人大常委会副主任韩震华带队赴邻县学习。\n"))
                .containsExactly("林文起", "韩震华");
        assertThat(names("区政协主席韩小同，副区长林朝晖出席。县人大常委会办公室主任孔欣春随同。\n"))
                .containsExactly("韩小同", "林朝晖", "孔欣春");
        assertThat(names("大会听取了县政府秘书长孔振霖关于议程草案的说明。\n")).containsExactly("孔振霖");
    }

    @Test
    void aConjunctionAfterATwoCharacterNameIsNoPartOfIt() throws Exception {
        // 韩启|以及: the conjunction ends the name
        assertThat(names("镇政府副镇长韩启以及镇党政办人员陪同。调研组在林晓文带领下，到青山开展调研。\n"))
                .containsExactly("韩启", "林晓文");
    }

    @Test
    void namesInThePageHeaderAreNotNews() throws Exception {
        assertThat(names("责任编辑 罗晓燕\n\n本报讯（记者 王小五）全县召开会议，县长訾文涛出席。\n县里召开会议\n"))
                .containsExactly("王小五", "訾文涛");
    }

    @Test
    void conjunctionThatIsAlsoASurnameStartsNoName() throws Exception {
        assertThat(names("县政务服务中心主任和办结窗口负责人参加。\n")).isEmpty();
    }

    @Test
    void guessRightBeforeAnOrganSuffixIsPartOfTheOrgan() throws Exception {
        assertThat(names("县卫健局党组书记、局长谢玉兰介绍。\n")).containsExactly("谢玉兰");
    }

    @Test
    void hanLpGuessWithoutSupportIsNoPerson() throws Exception {
        assertThat(names("会议要求，全面排查背街小巷，加大对占道经营、流动摊贩的监管力度，健全网格包保机制、全域治理机制。\n"))
                .isEmpty();
    }

    @Test
    void hanLpGuessBeforeACompanyOrParkWordIsPartOfThatName() throws Exception {
        assertThat(names("鲁泰医药获省级科技进步奖，王家河公园免费开放。\n")).isEmpty();
    }

    @Test
    void nameDoesNotSwallowTheVerbAfterIt() throws Exception {
        List<PersonName> persons = persons("市委书记郑凯来经开区调研。\n");
        assertThat(persons).extracting(PersonName::getCoveredText).containsExactly("郑凯");
        assertThat(persons.get(0).getBegin()).isEqualTo(4);
        assertThat(persons.get(0).getEnd()).isEqualTo(6);
    }

    @Test
    void threeCharacterNameEndingInAConjunctionCharacterStaysWhole() throws Exception {
        assertThat(names("二级巡视员孙文和，区党工委副书记王亚平出席。\n")).containsExactly("孙文和", "王亚平");
    }

    @Test
    void namesOfAListEndAtTheirDelimitersWhateverHanLpGuessed() throws Exception {
        // names chosen so that HanLP cuts them short (郑是|瑜, 刘宝|瑷, 梁云|婀)
        assertThat(names("本次会议的执行主席是周明远、郑是瑜、刘宝瑷、梁云婀、林青山。\n"))
                .containsExactly("周明远", "郑是瑜", "刘宝瑷", "梁云婀", "林青山");
        assertThat(names("区领导唐海波、刘宝瑾参加会议。\n")).containsExactly("唐海波", "刘宝瑾");
    }

    @Test
    void threeCharacterNameCutByHanLpBeforeAVerbIsWhole() throws Exception {
        assertThat(names("副市长刘宝瑾通报近期工作情况。副组长郑是瑜带领督导组检查。\n"))
                .containsExactly("刘宝瑾", "郑是瑜");
    }

    @Test
    void anOrgansShortNameOrALevelIsNoPerson() throws Exception {
        assertThat(names("近日，临河区国动办邀请东城区国动办召开会议。本报讯 12月15日，区三届人大常委会第七次会议召开。\n"))
                .isEmpty();
    }

    @Test
    void namesSeparatedBySpacesInAHeadline() throws Exception {
        assertThat(names("全县第十三次党代会隆重召开，大会选举产生新一届县委。\n县第十三次党代会隆重召开\n孙立琳 杨兰英 段林强出席\n"))
                .containsExactly("孙立琳", "杨兰英", "段林强");
    }

    @Test
    void sectorsInAListAreNoNames() throws Exception {
        assertThat(names("将继续支持乡村建设，涵盖商贸、文旅、康养等产业。\n")).isEmpty();
    }

    @Test
    void aSurnameThatHanLpCutsOffAfterAPunctuationOrABarBelongsToTheName() throws Exception {
        assertThat(names("全镇召开防汛会议。\n\n青禾新闻丨罗文涛主持召开全镇防汛工作推进会\n")).contains("罗文涛");
    }
}
