package io.github.tifa.person;

import static io.github.tifa.person.PersonPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code person.contributor} alone. */
class ContributorNameTest {
    @Test
    void everyCreditedNameIsAPerson() throws Exception {
        assertThat(proposed(new ContributorName(), "本报讯/nz （/w 记者/n 柯文静/nr 通讯员/n 邵海/nr ）/w", "柯文静", "邵海"))
                .containsExactly("柯文静", "邵海");
        assertThat(proposed(new ContributorName(), "柯文静/nr 出席/v 。/w")).isEmpty();
    }
}
