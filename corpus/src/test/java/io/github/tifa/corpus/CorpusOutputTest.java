package io.github.tifa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CorpusOutputTest {

    @Test
    void aCellIsQuotedOnlyWhenItMustBe() throws Exception {
        Table t = new Table("slogans", List.of("canonical", "expansion"), List.of(
                List.of("1+3+N", ""), List.of("走在前、开新局", "a,b"), List.of("“两个确立”", "say \"yes\"\nthen")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CorpusOutput.csv(t, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("canonical,expansion\r\n1+3+N,\r\n"
                + "走在前、开新局,\"a,b\"\r\n“两个确立”,\"say \"\"yes\"\"\nthen\"\r\n");
    }
}
