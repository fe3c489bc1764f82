package io.github.tifa.person;

import static io.github.tifa.person.PersonPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code person.after-post} alone. */
class AfterPostTest {
    private final AfterPost rule = new AfterPost();

    @Test
    void aNameRightAfterAPostEndsWhereTheVerbBegins() throws Exception {
        assertThat(proposed(rule, "管委会/nt 主任/n 郑是/nr 瑜/ng 主持/v 会议/n 。/w")).containsExactly("郑是瑜");
    }

    @Test
    void noNameWhereNoSurnameFollowsThePost() throws Exception {
        assertThat(proposed(rule, "管委会/nt 主任/n 主持/v 会议/n 。/w")).isEmpty();
    }

    @Test
    void aNameEndsBeforeTheVerbThatFollowsIt() throws Exception {
        assertThat(proposed(rule, "会上/t ，/w 总编辑/n 刘铎做/nr 了/ul 工作/vn 总结/vn 。/w")).containsExactly("刘铎");
        assertThat(proposed(rule, "听取/v 副理事长/n 钱洪所/nr 作/v 的/uj 报告/n 。/w")).containsExactly("钱洪");
    }

    @Test
    void aTransliteratedNameJoinedByAMiddleDot() throws Exception {
        // names of Uyghur, Kazakh … holders: no surname, the parts joined by ·
        assertThat(proposed(rule, "主任/nnt 艾尔/v 肯/ag ·/w 托/v 合提/nr 一行/n 出席/v 。/w")).containsExactly("艾尔肯·托合提");
        assertThat(proposed(rule, "副主任/nnt 古丽/nr •/w 买买提/nr 主持/v 。/w")).containsExactly("古丽•买买提");
        assertThat(proposed(rule, "主任/nnt 林晓/nr 主持/v 。/w 秘书长/nnt 来到/v ·/w 会场/n 。/w")).containsExactly("林晓");
    }

    @Test
    void commonSurnamesOutsideTheFirstFewHundred() throws Exception {
        // 赖, 洪 and 萧 are common surnames; 虢, 茆, 訚, 庾 are characters that name little but families
        assertThat(proposed(rule, "组织部/nis 部长/nnt 赖文起/nr ，/w 宣传部/nis 部长/nnt 萧立常/nr 出席/v 。/w"))
                .containsExactly("赖文起", "萧立常");
        assertThat(proposed(rule, "副县长/nnt 虢明/nr 带队/v 。/w")).containsExactly("虢明");
        assertThat(proposed(rule, "党组/nis 成员/nnt 洪立新/nr 、/w 林晓/nr 出席/v 。/w")).contains("洪立新");
    }

    @Test
    void anOrdinaryWordOfANamesShapeHoldsThePostBeforeIt() throws Exception {
        // a post wants its holder: a two-character noun or adjective with a surname, then a comma or a verb that
        // follows names, is the name HanLP read as a word (白露 a season, 林泉 woods and springs, 高洁 noble)
        assertThat(proposed(rule, "人大常委会/nis 主任/nnt 白露/n ，/w 县委/nis 副书记/nnt 林晓/nr 出席/v 。/w"))
                .containsExactly("白露", "林晓");
        assertThat(proposed(rule, "市/n 政协/nis 主席/nnt 林泉/s 主持/v 会议/n 。/w")).containsExactly("林泉");
        assertThat(proposed(rule, "县委/nis 书记/nnt 高洁/a 、/w 县长/nnt 林晓/nr 出席/v 。/w")).containsExactly("高洁", "林晓");
    }

    @Test
    void noNameWhereTheWordAfterThePostGoesOn() throws Exception {
        assertThat(proposed(rule, "县委/nis 书记/nnt 项目/n 建设/vn 。/w")).isEmpty(); // no comma or name's verb after it
        assertThat(proposed(rule, "县委/nis 书记/nnt 带头/v ，/w 干部/n 跟进/v 。/w")).isEmpty(); // a verb is no name
        assertThat(proposed(rule, "县委/nis 书记/nnt 要/v 抓/v 项目/n 。/w")).isEmpty();
        // 成员单位: 成员 is a post, 单位 (a unit, an employer) a common word that starts with the surname 单
        assertThat(proposed(rule, "各/rz 成员/nnt 单位/n 与/cc 街道/n 结对/v ，/w 成员/nnt 单位/n 、/w 企业/n 参加/v 。/w")).isEmpty();
        // 党建: party building, after a post too (书记|党建理论素养)
        assertThat(proposed(rule, "增强/v 支部/n 书记/nnt 党建/n 理论/n 素养/n 。/w")).isEmpty();
    }

    @Test
    void aNameOfNoKnownSurnameBetweenAPostAndAMarkOrANamesVerb() throws Exception {
        // Mongolian, Tibetan and Yi holders print no Han surname: the post before and a comma, an
        // enumeration mark or a verb that follows names after bound the name HanLP cut into pieces
        assertThat(proposed(rule, "旗/n 人大常委会/nis 主任/nnt 额尔满/nr 都/d 拉/v ，/w 旗/n 政协/nis 主席/nnt 林晓/nr 出席/v 。/w"))
                .containsExactly("额尔满都拉", "林晓");
        assertThat(proposed(rule, "副盟长/n 奇/ag 巴特尔/nrf 深入/ad 嘎查/n 调研/vn 。/w"))
                .containsExactly("奇巴特尔");
        assertThat(proposed(rule, "自治区/n 主席/nnt 布小川/nr 主持/v 会议/n 。/w")).containsExactly("布小川");
        assertThat(proposed(rule, "县委/nis 副书记/nnt 日/b 呷/v 木/ng 呷/v 、/w 副县长/nnt 林晓/nr 陪同/v 。/w"))
                .containsExactly("日呷木呷", "林晓");
        assertThat(proposed(rule, "副主任/nnt 宝日/nz 先后/d 到/v 嘎查/n 。/w")).containsExactly("宝日");
    }

    @Test
    void noNameOfNoKnownSurnameWhereAnAdverbVerbOrPostFollowsThePost() throws Exception {
        assertThat(proposed(rule, "县长/nnt 亲自/d 部署/vn ，/w 书记/nnt 认真/ad 落实/v 。/w")).isEmpty();
        assertThat(proposed(rule, "主任/nnt 高度/d 重视/v ，/w 书记/nnt 热情/a 接待/v 、/w")).isEmpty();
        assertThat(proposed(rule, "副主任/nnt 委员/nnt ，/w 主任/nnt 一行/m 出席/v 。/w")).isEmpty();
        assertThat(proposed(rule, "市委/nis 书记/nnt 处/n 各位/r 同事/n ，/w")).isEmpty(); // no mark or verb ends it within six
        assertThat(proposed(rule, "县长/nnt 东城区/ns ，/w")).isEmpty(); // a place
        assertThat(proposed(rule, "有/v 区镇/n 两级/m 领导/n 鼎力/nz 支持/v 下/f 的/ude1 ，/w")).isEmpty(); // a verb of two characters inside
        assertThat(proposed(rule, "按照/p 市委/nis 常委/nnt 扩大会议/nz 、/w")).isEmpty(); // a term HanLP knows
        assertThat(proposed(rule, "学习/v 总书记/nnt 历次/b 来/v 省/n 考察/v 时/ng 的/ude1 讲话/n")).isEmpty(); // a word, no syllable
    }

    @Test
    void aNameHanLpCutIntoAWordAndACharacterBeforeAListOrANamesVerb() throws Exception {
        // 副市长张大为、周艳: HanLP reads 张大|为; the post before and the list after make it a name
        assertThat(proposed(rule, "副市长/nnt 张大/v 为/p 、/w 周艳/nr ，/w 秘书长/nnt 林晓/nr 出席/v 。/w"))
                .containsExactly("张大为", "林晓");
        assertThat(proposed(rule, "副县长/nnt 王大/v 为/p 主持/v 会议/n 。/w")).containsExactly("王大为");
        // a word and a particle before a comma are no name (周到地，)
        assertThat(proposed(rule, "县长/nnt 周到/a 地/u ，/w 书记/nnt 林晓/nr 出席/v 。/w")).containsExactly("林晓");
    }
    @Test
    void noNameWhereThePostComesToAProvinceByItsShortName() throws Exception {
        // 来 is a surname, but 来川, 来宁 after a post are "comes to Sichuan, to Ningxia"
        assertThat(proposed(rule, "林晓/nr 总书记/nnt 来/vf 川/b 视察/v 。/w")).isEmpty();
        assertThat(proposed(rule, "省纪委/n 领导/n 来/vf 宁/ag 开展/v 调研/vn 。/w")).isEmpty();
        assertThat(proposed(rule, "县长/nnt 来/nr 青山/ns 主持/v 会议/n 。/w")).containsExactly("来青山");
    }

    @Test
    void aCompoundSurnameHanLpReadAloneTakesTheGivenNameAfterIt() throws Exception {
        assertThat(proposed(rule, "市长/nnt 欧阳/nr 吉庆/n 主持/v 会议/n 。/w")).containsExactly("欧阳吉庆");
    }
    @Test
    void noNameWhereThePostComesToAPlace() throws Exception {
        assertThat(proposed(rule, "总书记/nnt 来/vf 济宁/ns 考察/v 。/w")).isEmpty();
    }

    @Test
    void aThirdCharacterHanLpCutOffBeforeAVerbOfReceivingOrInspecting() throws Exception {
        // 林晓|曦接待了…: the verb after the name closes it, the character before it is the name's last
        assertThat(proposed(rule, "人大常委会/nis 主任/nnt 林晓/nr 曦/nz 接待/v 了/ule 来访/vn 客人/n 。/w")).containsExactly("林晓曦");
        assertThat(proposed(rule, "县长/nnt 韩冬/nr 晖/nz 考察/v 项目/n 。/w")).containsExactly("韩冬晖");
    }
}
