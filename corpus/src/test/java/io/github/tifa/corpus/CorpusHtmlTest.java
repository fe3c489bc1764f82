package io.github.tifa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusHtmlTest {

    @Test
    void theFileCarriesEchartsAndItsDataAndNoTextCanCloseItsScript(@TempDir Path tmp) throws IOException {
        Table pages = new Table("pages", CorpusTables.PAGES, List.of(List.of("qs/2023-01-05/a", "青山日报", "2023-01-05",
                "path", "0", "1", "0", tmp.resolve("json/qs/2023-01-05/a b.json").toString())));
        Table slogans = new Table("slogans", CorpusTables.SLOGANS, List.of(List.of("</script><!--<b>\u2028", "false", "", "2023-01-05",
                "2023-01-05", "1", "1", "青山日报", "qs/2023-01-05/a", "0", "4")));
        CorpusHtml.write(tmp, List.of(pages, slogans));
        String html = Files.readString(tmp.resolve("corpus.html"));
        assertThat(html).contains("echarts.init").doesNotContain("<script src", "<link", "/*DATA*/", "/*ECHARTS*/")
                .contains("\"qs/2023-01-05/a\":\"json/qs/2023-01-05/a%20b.json\"");
        String data = html.substring(html.indexOf("id=\"data\">"));
        assertThat(data.substring(0, data.indexOf("</script>"))).contains("\\u003C/script>\\u003C!--\\u003Cb>\\u2028");
    }

    @Test
    void echartsCanBeCopiedIntoAScriptElementAsItIs() throws IOException {
        String echarts = new String(CorpusHtml.resource(CorpusHtml.ECHARTS), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(echarts.toLowerCase(java.util.Locale.ROOT)).contains("echarts").doesNotContain("</script");
    }
}
