package io.github.tifa.person;

import static io.github.tifa.person.PersonPages.of;
import static io.github.tifa.person.PersonPages.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code person.same-document} alone. */
class SameDocumentTest {
    private final SameDocument rule = new SameDocument();

    @Test
    void aKnownNameWhereverElseItIsPrinted() throws Exception {
        PersonPage page = of("主任/n 赵文和/nr 讲话/v 。/w 赵文和/nr 指出/v 。/w");
        List<PersonSpan> names = rule.propose(new PersonSpan.Known(page, List.of(new PersonSpan(2, 5, AfterPost.NAME, 2))));
        assertThat(texts(page, names)).containsExactly("赵文和", "赵文和");
        assertThat(names.get(1).rule()).isEqualTo(SameDocument.NAME);
    }

    @Test
    void aShorterHanLpGuessGivesWayToTheLongerKnownName() throws Exception {
        PersonPage page = of("主任/n 赵文和/nr 讲话/v 。/w 赵文/nr 和/c 大家/r 座谈/v 。/w");
        List<PersonSpan> names = rule.propose(new PersonSpan.Known(page,
                List.of(new PersonSpan(2, 5, AfterPost.NAME, 2), new PersonSpan(8, 10, HanlpName.NAME, 1))));
        assertThat(texts(page, names)).containsExactly("赵文和", "赵文和");
    }

    @Test
    void aHanLpGuessThatThePagePrintsAsAPlaceIsNoName() throws Exception {
        // 加快青禾湿地建设 … 青禾镇将: the page prints 青禾 before a level word, so it names a place
        PersonPage page = of("加快/v 青禾/nr 湿地/n 建设/vn 。/w 青禾/nr 镇/n 将/d 推进/v 。/w");
        List<PersonSpan> names = rule.propose(new PersonSpan.Known(page, List.of(new PersonSpan(2, 4, HanlpName.NAME, 1))));
        assertThat(texts(page, names)).isEmpty();
        // 林武市长: a post starts with the level word, and the name stands
        page = of("加快/v 林武/nr 调研/v 。/w 林武/nr 市长/n 讲话/v 。/w");
        names = rule.propose(new PersonSpan.Known(page, List.of(new PersonSpan(2, 4, HanlpName.NAME, 1))));
        assertThat(texts(page, names)).containsExactly("林武", "林武");
        // 《青川地区发展年鉴》 … 打造青川…: a word that continues a place's name after it, printed once, is enough
        page = of("打造/v 青川/nr 科技/n 高地/n 。/w 《/w 青川/nr 地区/n 年鉴/n 》/w");
        names = rule.propose(new PersonSpan.Known(page, List.of(new PersonSpan(2, 4, HanlpName.NAME, 1))));
        assertThat(texts(page, names)).isEmpty();
        // 林松甸食用菌 … 林松甸镇: two characters of a township's three, printed once before its level word
        page = of("考察/v 林松/nr 甸/ng 食用菌/n 。/w 来到/v 林松/nr 甸/ng 镇/n 。/w");
        names = rule.propose(new PersonSpan.Known(page, List.of(new PersonSpan(2, 4, HanlpName.NAME, 1))));
        assertThat(texts(page, names)).isEmpty();
    }

    @Test
    void aSurnameAloneBeforeAPostIsKeptButNotSpread() throws Exception {
        PersonPage page = of("书记/n 林晓文/nr 讲话/v 。/w 林/nr 书记/nnt 说/v ，/w 园林/n 工作/vn 要/v 抓好/v 。/w");
        List<PersonSpan> names = rule.propose(new PersonSpan.Known(page,
                List.of(new PersonSpan(2, 5, AfterPost.NAME, 2), new PersonSpan(8, 9, SurnameBeforePost.NAME, 1))));
        assertThat(texts(page, names)).containsExactly("林晓文", "林");
    }

    @Test
    void theFirstPartOfATransliteratedNameNamesItsHolderToo() throws Exception {
        PersonPage page = of("主任/n 艾尔肯/nr ·/w 托合提/nr 讲话/v 。/w 艾尔肯/nr 与/c 群众/n 交谈/v 。/w");
        List<PersonSpan> names = rule.propose(new PersonSpan.Known(page, List.of(new PersonSpan(2, 9, AfterPost.NAME, 2))));
        assertThat(texts(page, names)).containsExactly("艾尔肯·托合提", "艾尔肯");
    }
}
