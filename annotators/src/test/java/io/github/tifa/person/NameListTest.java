package io.github.tifa.person;

import static io.github.tifa.person.PersonPages.of;
import static io.github.tifa.person.PersonPages.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code person.name-list} alone. */
class NameListTest {
    private final NameList rule = new NameList();

    @Test
    void threeNamesOfAList() throws Exception {
        PersonPage page = of("，/w 孙立琳/nr 、/w 杨兰英/nr 、/w 段林强/nr 出席/v 。/w");
        assertThat(texts(page, rule.propose(new PersonSpan.Known(page, List.of()))))
                .containsExactly("孙立琳", "杨兰英", "段林强");
    }

    @Test
    void aListGoesOnUpToAnItemOfNoKnownSurname() throws Exception {
        // 焉 is no surname of the lexicon: the names before it still make a list, ending at the last one
        PersonPage page = of("，/w 孙立琳/nr 、/w 杨兰英/nr 、/w 段林强/nr 、/w 焉立中/nz 、/w 贺文华/nr 等/udeng 出席/v 。/w");
        assertThat(texts(page, rule.propose(new PersonSpan.Known(page, List.of()))))
                .containsExactly("孙立琳", "杨兰英", "段林强");
        // offices by their short names are no names (ORGAN_END: 办, 局, 委)
        PersonPage offices = of("，/w 区政协办/nis 、/w 区委办/nis 、/w 区编委/nis 、/w 区府办/nis 、/w 区人大办/nis 负责人/n 参加/v 。/w");
        assertThat(rule.propose(new PersonSpan.Known(offices, List.of()))).isEmpty();
    }

    @Test
    void twoNamesOnlyWhenOneIsKnown() throws Exception {
        PersonPage page = of("，/w 孙立琳/nr 、/w 杨兰英/nr 出席/v 。/w");
        assertThat(rule.propose(new PersonSpan.Known(page, List.of()))).isEmpty();
        List<PersonSpan> known = List.of(new PersonSpan(1, 4, AfterPost.NAME, 2));
        assertThat(texts(page, rule.propose(new PersonSpan.Known(page, known)))).containsExactly("孙立琳", "杨兰英");
    }

    @Test
    void aLevelAndOrganBeforeAPostIsNoNameOfTheList() throws Exception {
        PersonPage page = of("区/n 人大常委会/nis 主任/nnt 林晓文/nr 、/w 区/n 政协/nis 主席/nnt 韩冬/nr 等/udeng 出席/v 。/w");
        List<PersonSpan> known = List.of(new PersonSpan(8, 11, AfterPost.NAME, 2));
        assertThat(texts(page, rule.propose(new PersonSpan.Known(page, known)))).doesNotContain("区政协");
    }
}
