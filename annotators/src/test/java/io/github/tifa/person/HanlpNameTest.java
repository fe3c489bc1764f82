package io.github.tifa.person;

import static io.github.tifa.person.PersonPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code person.hanlp} alone. */
class HanlpNameTest {
    private final HanlpName rule = new HanlpName();

    @Test
    void aGuessWithAFollowerAfterIt() throws Exception {
        assertThat(proposed(rule, "刘宝瑾/nr 出席/v 。/w")).containsExactly("刘宝瑾");
    }

    @Test
    void aGuessWithItsPostAfterIt() throws Exception {
        // 林晓文市长所作的报告: the post printed after the name supports it as a title after the name does
        assertThat(proposed(rule, "审议/v 了/ule 林晓文/nr 市长/nnt 所/usuo 作/v 的/ude1 报告/n 。/w")).containsExactly("林晓文");
    }

    @Test
    void aSurnameHanLpReadAsANounAfterASpaceOrAMarkOpensTheName() throws Exception {
        // 王/n 洪茹/nr: the surname stands alone between a boundary and the given name HanLP guessed
        assertThat(proposed(rule, "工作/vn 情况/n  /w 王/n 洪立/nr 出席/v 并/cc 讲话/v")).containsExactly("王洪立");
        assertThat(proposed(rule, "报告/n ，/w 王/n 洪立/nr 出席/v 。/w")).containsExactly("王洪立");
    }

    @Test
    void notBeforeAnOrganNorWithoutSupport() throws Exception {
        assertThat(proposed(rule, "参观/v 鲁抗/nr 医药/n 。/w 全县/n 卫健/nr 局/n 召开/v 。/w")).isEmpty();
        // 苏木, 嘎查: Inner Mongolia's townships and villages; printed twice, the guess has support but names a place
        assertThat(proposed(rule, "到/v 林格尔/nr 苏木/ns 调研/vn 。/w 林格尔/nr 苏木/ns 干部/n 出席/v 。/w")).isEmpty();
        // 林松甸镇: HanLP took two characters of a township's three for a name
        assertThat(proposed(rule, "考察/v 了/ule 林松/nr 甸/ng 镇/n 大市场/nz 。/w 林松/nr 甸/ng 镇/n 干部/n 出席/v 。/w")).isEmpty();
    }

    @Test
    void wordsThatStartWithASurnameAreNoNames() throws Exception {
        assertThat(proposed(rule, "会议/n 应到/nr 委员/n 48/m 人/n ，/w 委员/n 齐聚/nr 一堂/n ，/w 全旗/nr 上下/f 出席/v 。/w")).isEmpty();
        assertThat(proposed(rule, "以/p 转变/v 发展/vn 方式为/nr 主题/n ，/w 转变/v 发展/vn 方式为/nr 重点/n 。/w")).isEmpty();
        assertThat(proposed(rule, "领导/n 班子/n 成员/n 和市/nr 监察/vn 委员会/n 出席/v 。/w")).isEmpty();
        // 管党治党: a set phrase HanLP may read as a name before a verb
        assertThat(proposed(rule, "增强/v 管党/nr 治党/v 意识/n ，/w 落实/v 管党/nr 治党/v 责任/n 。/w")).isEmpty();
        // 关键之年, 科教卫体: a common word and a sector HanLP reads as names
        assertThat(proposed(rule, "明年/t 是/vshi 发展/vn 的/ude1 关键之/nr 年/qt ，/w 关键之/nr 年/qt 要/v 有/v 新/a 作为/v 。/w")).isEmpty();
        assertThat(proposed(rule, "市/n 政协/nis 科教/n 卫体/nr 委员会/n 召开/v 会议/n 。/w")).isEmpty();
    }

    @Test
    void aNameThatATheoryIsNamedAfter() throws Exception {
        // 以习近平新时代中国特色社会主义思想为指导: the theory's name mentions the person
        assertThat(proposed(rule, "坚持/v 以/p 习近平/nr 新时代/nz 中国/ns 特色/n 社会主义/n 思想/n 为/p 指导/vn 。/w"))
                .containsExactly("习近平");
        assertThat(proposed(rule, "学习/v 林向东/nr 文化/n 思想/n 。/w")).containsExactly("林向东");
        assertThat(proposed(rule, "学习/v 林向东/nr 理论/n 。/w")).containsExactly("林向东");
    }

    @Test
    void aOneCharacterVerbAfterATwoCharacterNameIsNoPartOfIt() throws Exception {
        // 林向说，…: 说 follows the name; HanLP's two characters stand
        assertThat(proposed(rule, "。/w 林向/nr 说/v ，/w 要/v 抓好/v 落实/v 。/w 林向/nr 强调/v 。/w"))
                .containsExactly("林向", "林向");
    }

    @Test
    void placesAndSetPhrasesThatStartWithASurnameAreNoNames() throws Exception {
        // a road, a bay, a polder, a temple, printed twice: the last character ends a place's name
        assertThat(proposed(rule, "途经/v 石台路/nr 、/w 杏花湾/nr 和/c 车田垸/nr ，/w 来到/v 林公庵/nr 。/w "
                + "石台路/nr 、/w 杏花湾/nr 、/w 车田垸/nr 和/c 林公庵/nr 。/w")).isEmpty();
        // a canal, a sluice, an office: 文青渠, 林固闸, 关委室; and 堵点, a word
        assertThat(proposed(rule, "察看/v 文青/nr 渠/n 、/w 林固闸/nr 和/c 关委室/nr ，/w 文青/nr 渠/n 。/w "
                + "解决/v 堵点/nr 问题/n ，/w 打通/v 堵点/nr 。/w")).isEmpty();
        // 党和政府, 党管宣传, 问需于民: set phrases of government text
        assertThat(proposed(rule, "送去/v 党和/nr 政府/n 的/ude1 温暖/a ，/w 坚持/v 党管/nr 宣传/vn ，/w 问需/v 于民/nr 、/w "
                + "问计/v 于民/nr ，/w 党和/nr 国家/n 、/w 党管/nr 干部/n 。/w")).isEmpty();
    }

    @Test
    void aPlaceAndTheWordItGoesOnIntoAreNoName() throws Exception {
        // 黄冈临空经济区: HanLP read a place and the first character of the word after it as a name
        assertThat(proposed(rule, "支持/v 黄冈临/nr 空/ng 经济区/n 建设/vn ，/w 黄冈临/nr 空/ng 物流园/n 开工/v 。/w"))
                .isEmpty();
        // a name that starts with a place's characters stands where a verb or a mark follows it
        assertThat(proposed(rule, "高平安/nr 主持/v 会议/n 。/w 高平安/nr 、/w 林晓/nr 出席/v 。/w")).contains("高平安");
    }

    @Test
    void aGuessListedAfterItsTownOrOffice() throws Exception {
        // 听取了青山镇林晓峰、石岭乡赵明远、…的汇报: each name after the place or office it speaks for, then 、
        assertThat(proposed(rule, "听取/v 了/ule 青山/n 镇/n 林晓峰/nr 、/w 石岭乡/ns 赵明远/nr 、/w 水务局/nis 周立新/nr 、/w 交通局/nis 吴/tg 海波/n 的/ude1 汇报/vn 。/w"))
                .containsExactly("林晓峰", "赵明远", "周立新");
        // nor a place in the village, by its last character (林塘, as 石台路)
        assertThat(proposed(rule, "察看/v 了/ule 青山村/ns 林塘/nr 、/w 石岭村/ns 漫水桥/n 。/w")).isEmpty();
        // not without the mark after it, nor after an ordinary word
        assertThat(proposed(rule, "青山/n 镇/n 林晓峰/nr 家里/s 。/w 走访/v 群众/n 赵明远/nr 、/w 孙立/nr 家/q 。/w")).isEmpty();
    }
}
