package io.github.tifa.slogan;

import static io.github.tifa.slogan.SloganPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code slogan.quoted-term} alone. */
class QuotedTermTest {
    private final QuotedTerm rule = new QuotedTerm();

    @Test
    void aQuotedCoinedTermIsATerm() throws Exception {
        assertThat(proposed(rule, "培育/v “/w 专精特新/nz ”/w 企业/n 。/w")).containsExactly("专精特新");
    }

    @Test
    void speechAndAScareQuotedWordAreNot() throws Exception {
        assertThat(proposed(rule, "他/r 说/v ：/w “/w 要/v 抓紧/v ，/w 抓实/v 。/w ”/w 干部/n 要/v 扛好/v “/w 大梁/n ”/w 。/w"))
                .isEmpty();
    }

    @Test
    void quotationsSideBySideAreParallelTerms() throws Exception {
        assertThat(proposed(rule, "实现/v “/w 开门红/n ”/w “/w 开门好/n ”/w 。/w")).containsExactly("开门红", "开门好");
    }
}
