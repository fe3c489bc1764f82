package io.github.tifa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.io.PageReader;
import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.type.OfficialTitle;
import io.github.tifa.type.Slogan;

/** A user's own lexicon files change the output as the README says. */
class UserLexiconsTest {

    private static final String PAGE = "全县深入推进四强两优建设，社区网格员张晓丽带头走访。\n";

    private static Path dir(String name) throws URISyntaxException {
        return Path.of(UserLexiconsTest.class.getResource("/user-lexicons/" + name).toURI());
    }

    private static JCas annotate(Path lexicons) throws Exception {
        return annotate(lexicons, PAGE);
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
        PageReader.load(other, "要增强四个意识。\n", "page", null); // unquoted: only the national lexicon knows it
        AnalysisEngineFactory.createEngine(Tifa.pipeline(dir("good"))).process(other);
        assertThat(JCasUtil.select(other, Slogan.class)).extracting(Slogan::getCoveredText).containsExactly("四个意识");
    }

    @Test
    void malformedLineNamesFileAndLine() {
        assertRefused("bad", "slogans_national.txt line 1", "expected one of true, false");
    }

    @Test
    void unknownFileNameIsRefusedWithTheKnownNames() {
        assertRefused("typo", "post.txt is no lexicon tifa knows", "posts.txt");
    }

    /** Building a pipeline with the lexicons in {@code dirName} fails, saying every one of {@code fragments}. */
    private static void assertRefused(String dirName, String... fragments) {
        var refusal = assertThatThrownBy(() -> annotate(dir(dirName))).rootCause();
        for (String fragment : fragments) {
            refusal.hasMessageContaining(fragment);
        }
    }

    /** The one meeting tifa finds in {@code page} with the lexicons in {@code dirName}. */
    private static io.github.tifa.type.Meeting meetingIn(String dirName, String page) throws Exception {
        return JCasUtil.selectSingle(annotate(dir(dirName), page), io.github.tifa.type.Meeting.class);
    }

    /** {@code page} annotated with the lexicons in {@code lexicons}, or the built-in ones when null. */
    private static JCas annotate(Path lexicons, String page) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        PageReader.load(jcas, page, "page", null);
        AnalysisEngineFactory.createEngine(lexicons == null ? Tifa.pipeline() : Tifa.pipeline(lexicons)).process(jcas);
        return jcas;
    }

    @Test
    void aNewRoleWordReachesReflowArticlesAndBylines() throws Exception {
        String page = "特约撰稿人 王  五\n近日，全县召开安全生产工作会议，部署重点工作。\n\n全县部署安全生产工作\n";
        JCas builtIn = JCasFactory.createJCas();
        PageReader.load(builtIn, page, "page", null);
        AnalysisEngineFactory.createEngine(Tifa.pipeline()).process(builtIn);
        assertThat(builtIn.getDocumentText()).startsWith("特约撰稿人王五"); // unknown role: spaces are layout
        JCas jcas = annotate(dir("roles"), page);
        assertThat(jcas.getDocumentText()).startsWith("特约撰稿人 王  五\n");
        assertThat(JCasUtil.selectSingle(jcas, io.github.tifa.type.Byline.class).getCoveredText()).isEqualTo("特约撰稿人 王  五");
        assertThat(JCasUtil.selectSingle(jcas, io.github.tifa.type.Contributor.class).getRole()).isEqualTo("特约记者");
        assertThat(JCasUtil.selectSingle(jcas, io.github.tifa.type.Article.class).getCoveredText()).startsWith("特约撰稿人");
    }

    @Test
    void aNewAgencyOpensADateline() throws Exception {
        JCas jcas = annotate(dir("agency"), "江北观察讯（记者 王五）3月2日，全县召开安全生产工作会议。\n");
        io.github.tifa.type.Byline byline = JCasUtil.selectSingle(jcas, io.github.tifa.type.Byline.class);
        assertThat(byline.getCoveredText()).isEqualTo("江北观察讯（记者 王五）");
        assertThat(byline.getAgency()).isEqualTo("江北观察");
    }

    @Test
    void aNewMeetingTypeIsOneLineInTheTypesAndOneInTheHeads() throws Exception {
        io.github.tifa.type.Meeting meeting = meetingIn("hearing", "3月2日，县发展改革局召开水价调整听证会。\n");
        assertThat(meeting.getCoveredText()).isEqualTo("水价调整听证会");
        assertThat(meeting.getMeetingType()).isEqualTo("HEARING");
    }

    @Test
    void anUnknownClassNamesFileLineAndTheAllowedValues() {
        assertRefused("unknown-class", "person_context.txt line 2", "FOLOWER", "AFTER_NAME, FOLLOWER, NOT_NAME");
    }

    @Test
    void aWordGivenTwiceInOneFileIsAnError() {
        assertRefused("duplicate", "posts.txt line 2", "already on line 1");
    }

    @Test
    void aPipelineLoadsEachLexiconOnceAndSharesIt() throws Exception {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(Tifa.pipeline());
        List<Object> lexicons = engine.getResourceManager().getExternalResources().stream()
                .filter(r -> r instanceof LexiconResource).toList();
        // posts.txt is read by persons and titles, byline_roles.txt by reflow, articles and bylines: one each
        assertThat(lexicons).hasSize(UserLexicons.names().size());
    }

    @Test
    void everyLexiconFieldOfThePipelineNamesItsFileInTheManifest() throws Exception {
        int fields = 0;
        for (var step : Tifa.pipeline().getDelegateAnalysisEngineSpecifiers().values()) {
            String name = ((org.apache.uima.analysis_engine.AnalysisEngineDescription) step).getAnnotatorImplementationName();
            for (Class<?> c = Class.forName(name); c != null; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (f.getType() == LexiconResource.class) {
                        assertThat(f.getAnnotation(io.github.tifa.lexicon.ReadsLexicon.class))
                                .as("%s.%s names the lexicon file it reads", c.getSimpleName(), f.getName()).isNotNull();
                        fields++;
                    }
                }
            }
        }
        assertThat(fields).isGreaterThan(UserLexicons.names().size());
    }

    @Test
    void aNewModeWordReachesTheModeAndTheType() throws Exception {
        io.github.tifa.type.Meeting meeting = meetingIn("mode", "3月2日，县政府召开全县防汛工作线上会议。\n");
        assertThat(meeting.getCoveredText()).isEqualTo("全县防汛工作线上会议");
        assertThat(meeting.getMode()).isEqualTo("线上");
        assertThat(meeting.getMeetingType()).isEqualTo("WORK_CONFERENCE"); // 工作会议 held online
        JCas builtIn = Tifa.annotate("3月2日，县政府召开全县防汛工作线上会议。\n");
        assertThat(JCasUtil.selectSingle(builtIn, io.github.tifa.type.Meeting.class).getMode()).isEmpty();
    }

    @Test
    void aBadPatternNamesFileLineAndTheError() {
        assertRefused("bad-pattern", "meeting_patterns.txt line 2", "pattern TERM", "Unclosed group");
    }

    @Test
    void aPatternNamingAnUnknownClassNamesTheLexicons() {
        assertRefused("unknown-macro", "meeting_patterns.txt line 1", "{ORDINALS}", "numerals.txt, meeting_context.txt");
    }
}
