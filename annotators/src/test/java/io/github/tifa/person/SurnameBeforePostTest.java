package io.github.tifa.person;

import static io.github.tifa.person.PersonPages.of;
import static io.github.tifa.person.PersonPages.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code person.surname-before-post} alone. */
class SurnameBeforePostTest {
    private final SurnameBeforePost rule = new SurnameBeforePost();

    @Test
    void aSurnameBeforeAPostNamesTheHolderThePagePrintsInFull() throws Exception {
        // 区委书记林晓文 … 。林书记说: the surname alone before the post refers back to 林晓文
        PersonPage page = of("区委书记/nnt 林晓文/nr 出席/v 。/w 林/nr 书记/nnt 说/v ，/w 要/v 抓好/v 落实/v 。/w");
        List<PersonSpan> known = List.of(new PersonSpan(4, 7, AfterPost.NAME, 2));
        assertThat(texts(page, rule.propose(new PersonSpan.Known(page, known)))).containsExactly("林");
    }

    @Test
    void noneWithoutAFullNameOfThatSurnameNorInsideAWord() throws Exception {
        PersonPage unknown = of("。/w 林/nr 书记/nnt 说/v ，/w 要/v 抓好/v 落实/v 。/w");
        assertThat(rule.propose(new PersonSpan.Known(unknown, List.of()))).isEmpty();
        // 党委书记: 委 stands between; 区党委书记林晓文: the surname-like 党 follows a Han character
        PersonPage inWord = of("区/n 党委书记/nnt 党晓文/nr 出席/v 。/w");
        List<PersonSpan> known = List.of(new PersonSpan(5, 8, AfterPost.NAME, 2));
        assertThat(rule.propose(new PersonSpan.Known(inWord, known))).isEmpty();
    }
}
