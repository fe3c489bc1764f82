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
    void notBeforeAnOrganNorWithoutSupport() throws Exception {
        assertThat(proposed(rule, "参观/v 鲁抗/nr 医药/n 。/w 全县/n 卫健/nr 局/n 召开/v 。/w")).isEmpty();
    }
}
