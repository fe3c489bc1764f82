package io.github.tifa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.io.PageReader;
import io.github.tifa.type.OfficialTitle;
import io.github.tifa.type.Slogan;

/** A user's own lexicon files change the output as the README says. */
class UserLexiconsTest {

    private static final String PAGE = "全县深入推进四强两优建设，社区网格员张晓丽带头走访。\n";

    private static Path dir(String name) throws URISyntaxException {
        return Path.of(UserLexiconsTest.class.getResource("/user-lexicons/" + name).toURI());
    }

    private static JCas annotate(Path lexicons) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        PageReader.load(jcas, PAGE, "page", null);
        AnalysisEngineFactory.createEngine(lexicons == null ? Tifa.pipeline() : Tifa.pipeline(lexicons)).process(jcas);
        return jcas;
    }

    @Test
    void builtInLexiconsKnowNeitherTheLocalFormulaNorThePost() throws Exception {
        JCas jcas = annotate(null);
        assertThat(JCasUtil.select(jcas, Slogan.class)).isEmpty();
        assertThat(JCasUtil.select(jcas, OfficialTitle.class)).isEmpty();
    }

    @Test
    void userFilesExtendTheBuiltInLexicons() throws Exception {
        JCas jcas = annotate(dir("good"));
        List<Slogan> slogans = List.copyOf(JCasUtil.select(jcas, Slogan.class));
        assertThat(slogans).extracting(Slogan::getCoveredText).containsExactly("四强两优");
        assertThat(slogans.get(0).getExpansion()).isEqualTo("产业强；项目强；招商强；服务强；环境优；作风优");
        assertThat(slogans.get(0).getQuoted()).isFalse();
        OfficialTitle title = JCasUtil.selectSingle(jcas, OfficialTitle.class);
        assertThat(title.getCoveredText()).isEqualTo("社区网格员");
        assertThat(title.getPost()).isEqualTo("网格员");
        // the built-in entries are still there
        JCas other = JCasFactory.createJCas();
        PageReader.load(other, "要增强“四个意识”。\n", "page", null);
        AnalysisEngineFactory.createEngine(Tifa.pipeline(dir("good"))).process(other);
        assertThat(JCasUtil.select(other, Slogan.class)).extracting(Slogan::getCoveredText).containsExactly("四个意识");
    }

    @Test
    void malformedLineNamesFileAndLine() {
        assertThatThrownBy(() -> annotate(dir("bad")))
                .rootCause().hasMessageContaining("slogans_national.txt line 1").hasMessageContaining("true or false");
    }

    @Test
    void unknownFileNameIsRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> annotate(dir("typo")))
                .rootCause().hasMessageContaining("post.txt is no lexicon tifa knows").hasMessageContaining("posts.txt");
    }
}
