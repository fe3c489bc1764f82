package io.github.tifa.slogan;

import static io.github.tifa.slogan.SloganPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code slogan.quoted-earlier} alone. */
class QuotedEarlierTest {
    private final QuotedEarlier rule = new QuotedEarlier();

    @Test
    void aSloganQuotedBeforeCountsAgainUnquoted() throws Exception {
        assertThat(proposed(rule, "推行/v “/w 三零/m 服务/vn ”/w ，/w 三零/m 服务/vn 成效/n 明显/a 。/w"))
                .containsExactly("三零服务");
    }

    @Test
    void notBeforeItIsQuotedNorInsideAWord() throws Exception {
        assertThat(proposed(rule, "三零/m 服务/vn 起步/v ，/w 推行/v “/w 三零/m 服务/vn ”/w ，/w 三零服务站/n 建成/v 。/w"))
                .isEmpty();
    }
}
