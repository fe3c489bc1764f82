package io.github.tifa.reflow;

import static io.github.tifa.reflow.CreditReaders.names;
import static io.github.tifa.reflow.CreditReaders.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.tifa.reflow.CreditGrammar.Credit;
import io.github.tifa.reflow.CreditGrammar.Position;

/** {@code byline.trailing-credit} alone. */
class ClosingCreditTest {

    /** The credits the grammar finds in a whole paragraph that ends an article, after its body. */
    private static List<Credit> closing(String paragraph) {
        return CreditGrammar.builtIn().find(paragraph, 0, paragraph.length(), true, true);
    }

    @Test
    void aBracketedCreditClosingTheParagraph() {
        String line = "会议部署了下一步工作。（记者 石磊/许文静）";
        assertThat(bracketNames(line))
                .containsExactly("记者:石磊", "记者:许文静");
    }

    @Test
    void bracketedWordsThatAreNoNames() {
        String line = "会议部署了下一步工作。（详见第三版）";
        assertThat(read(Position.CLOSING, line, line.indexOf('（'))).isNull();
        assertThat(closing("会上宣读了贺信。(贺信全文另发)")).isEmpty(); // 贺 and 文 are surnames: no glued names here

    }

    @Test
    void anOutletAndRoleWithoutName() {
        String line = "会议部署了下一步工作。(本报记者)";
        Credit c = read(Position.CLOSING, line, line.indexOf('('));
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("(本报记者)");
        assertThat(c.agency()).isEqualTo("本报");
        assertThat(c.names()).isEmpty();
        String journal = "会议部署了下一步工作。(本刊)";
        assertThat(read(Position.CLOSING, journal, journal.indexOf('(')).agency()).isEqualTo("本刊");
    }

    @Test
    void anOutletsReporterClosingTheParagraph() {
        String line = "会议部署了下一步工作。(青山日报全媒体记者 林晓)";
        Credit c = read(Position.CLOSING, line, line.indexOf('('));
        assertThat(c.agency()).isEqualTo("青山日报");
        assertThat(names(line, c)).containsExactly("记者:林晓");
    }

    @Test
    void anOutletThenASpaceOrAShortRoleBeforeTheName() {
        String spaced = "会议部署了下一步工作。（青山日报 记者林晓）";
        Credit c = closing(spaced).get(0);
        assertThat(spaced.substring(c.begin(), c.end())).isEqualTo("（青山日报 记者林晓）");
        assertThat(c.agency()).isEqualTo("青山日报");
        assertThat(names(spaced, c)).containsExactly("记者:林晓");
        String shortRole = "会议部署了下一步工作。（青山日报全媒记者 韩冬）";
        Credit d = closing(shortRole).get(0);
        assertThat(d.agency()).isEqualTo("青山日报");
        assertThat(names(shortRole, d)).containsExactly("记者:韩冬");
    }

    @Test
    void anOutletThenASpaceAndNoRoleIsNoCredit() {
        String line = "会议部署了下一步工作。（青山日报 第三版）";
        assertThat(closing(line)).isEmpty();
    }

    @Test
    void anOutletNamedByItsSuffixWithOrWithoutNames() {
        // （融媒体 林晓 司马言）, (青山发布): the outlet, then the names it credits, or none
        String line = "会议部署了下一步工作。（融媒体 林晓 司马言）";
        Credit c = closing(line).get(0);
        assertThat(c.agency()).isEqualTo("融媒体");
        assertThat(names(line, c)).containsExactly(":林晓", ":司马言");
        String alone = "会议部署了下一步工作。(青山发布)";
        Credit d = closing(alone).get(0);
        assertThat(alone.substring(d.begin(), d.end())).isEqualTo("(青山发布)");
        assertThat(d.agency()).isEqualTo("青山发布");
        assertThat(d.names()).isEmpty();
    }

    @Test
    void anOfficeOrACentreWithOrWithoutTheNamesItCredits() {
        String line = "会议部署了下一步工作。（区人大办 林晓）";
        Credit c = closing(line).get(0);
        assertThat(c.agency()).isEqualTo("区人大办");
        assertThat(names(line, c)).containsExactly(":林晓");
        String centre = "会议部署了下一步工作。(县新闻中心  司马言)";
        assertThat(closing(centre).get(0).agency()).isEqualTo("县新闻中心");
        String group = "会议部署了下一步工作。（会务宣传组 林晓 摄影 司马言）"; // a working group of the meeting
        Credit g = closing(group).get(0);
        assertThat(g.agency()).isEqualTo("会务宣传组");
        assertThat(names(group, g)).containsExactly(":林晓", "摄影:司马言");
        String office = "会议部署了下一步工作。(县政府办)";
        Credit d = closing(office).get(0);
        assertThat(d.agency()).isEqualTo("县政府办");
        assertThat(d.names()).isEmpty();
        // a section (科) or a township's or city's assembly or conference office credits the story as well
        String section = "会议部署了下一步工作。(产业发展科 林晓)";
        assertThat(closing(section).get(0).agency()).isEqualTo("产业发展科");
        String assembly = "会议部署了下一步工作。(青禾镇人大 林晓)";
        assertThat(closing(assembly).get(0).agency()).isEqualTo("青禾镇人大");
        String conference = "会议部署了下一步工作。(青山市政协 林晓 供稿)";
        Credit k = closing(conference).get(0);
        assertThat(k.agency()).isEqualTo("青山市政协");
        assertThat(names(conference, k)).extracting(n -> n.substring(n.indexOf(':') + 1)).containsExactly("林晓");
        // a county or banner by its name (its level word last) credits the story as its office would: no name
        String county = "会议部署了下一步工作。(青禾旗 林晓)";
        Credit q = closing(county).get(0);
        assertThat(q.agency()).as("agency").isEqualTo("青禾旗");
        assertThat(names(county, q)).extracting(n -> n.substring(n.indexOf(':') + 1)).containsExactly("林晓");
        String aside = "会议部署了下一步工作。(第三版)";
        assertThat(closing(aside)).isEmpty();
    }

    @Test
    void anOfficeThatSuppliedTheStoryCreditsItWithoutAName() {
        String line = "会议部署了下一步工作。(区政府办供稿)";
        Credit c = closing(line).get(0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("(区政府办供稿)");
        assertThat(c.agency()).isEqualTo("区政府办");
        assertThat(c.names()).isEmpty();
        String words = "会议部署了下一步工作。(详见第三版供稿说明)";
        assertThat(closing(words)).isEmpty();
    }

    @Test
    void aRoleAndNamesAfterTheLastSentenceEndWithoutBrackets() {
        String line = "会议部署了下一步工作。全媒体记者:韩冬梅 司马言";
        Credit c = closing(line).get(0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("全媒体记者:韩冬梅 司马言");
        assertThat(names(line, c)).containsExactly("记者:韩冬梅", "记者:司马言");
        String body = "会议部署了下一步工作。记者从会上获悉，全县工作稳步推进";
        assertThat(closing(body)).isEmpty();
    }

    @Test
    void aMarkAndANameAfterASentenceEnd() {
        String line = "会议部署了下一步工作。 ■林晓";
        Credit c = CreditGrammar.builtIn().find(line, 0, line.length(), false, false).get(0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("林晓");
        assertThat(CreditGrammar.builtIn().find("会议部署了下一步工作■林晓", 0, 12, false, false)).isEmpty();
        String glued = "会议审议通过了工作计划（草案）。□林晓文";
        Credit g = CreditGrammar.builtIn().find(glued, 0, glued.length(), false, false).get(0);
        assertThat(glued.substring(g.begin(), g.end())).isEqualTo("林晓文");
    }

    @Test
    void aWriterCreditedWithTextAndSlashHasNoRole() {
        String line = "会议要求，促进全区更好更快发展。(文/欧阳青 司马言)";
        Credit c = closing(line).get(0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("(文/欧阳青 司马言)");
        assertThat(names(line, c)).containsExactly(":欧阳青", ":司马言");
    }

    @Test
    void aNewspaperOfficesReporterWithAColon() {
        String line = "会议要求，抓好各项工作落实。(青山日报社全媒体记者:林晓)";
        Credit c = closing(line).get(0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("(青山日报社全媒体记者:林晓)");
        assertThat(names(line, c)).containsExactly("记者:林晓");
    }

    @Test
    void aPhotographersNameAndSheAfterACaption() {
        // ……主持会议。韩冬 摄: a photo caption closed by its photographer's credit
        String caption = "区委书记林晓主持会议。韩冬 摄";
        Credit c = closing(caption).get(0);
        assertThat(caption.substring(c.begin(), c.end())).isEqualTo("韩冬 摄");
        assertThat(c.position()).isEqualTo(Position.CAPTION);
        assertThat(names(caption, c)).containsExactly("摄影:韩冬");
        assertThat(names(caption, read(Position.CLOSING, caption, c.begin()))).containsExactly("摄影:韩冬"); // as the byline rule reads it
        String bracketed = "代表们认真审议报告。(孔丽摄)";
        Credit b = closing(bracketed).get(0);
        assertThat(bracketed.substring(b.begin(), b.end())).isEqualTo("(孔丽摄)");
        assertThat(b.agency()).isEmpty();
        assertThat(names(bracketed, b)).containsExactly("摄影:孔丽");
    }

    @Test
    void aReportersRoleAndNameBeforeTheWordOfPhotographyAfterACaption() {
        // ……召开。记者 韩 冬 摄: the caption's credit, its role printed before the (padded) name
        String caption = "青山区秋粮收购工作会议召开。记者 韩 冬 摄";
        Credit c = closing(caption).get(0);
        assertThat(caption.substring(c.begin(), c.end())).isEqualTo("记者 韩 冬 摄");
        assertThat(names(caption, c)).containsExactly("记者:韩 冬");
    }

    @Test
    void aReportersNameBeforeTheWordThatClosesTheReport() {
        // （欧阳青报道）, (韩 冬报道): names before 报道, a name padded or not; an office before 供稿 stays the agency
        String line = "会议要求，抓好各项工作落实。（欧阳青报道）";
        Credit c = closing(line).get(0);
        assertThat(c.agency()).isEmpty();
        assertThat(names(line, c)).containsExactly(":欧阳青");
        String padded = "会议要求，抓好各项工作落实。(韩 冬报道)";
        assertThat(names(padded, closing(padded).get(0))).containsExactly(":韩 冬");
    }

    @Test
    void aWriterAndAPhotographerEachMarkedAfterTheName() {
        String line = "委员们积极建言献策。(林晓/文 韩冬/摄)";
        Credit c = closing(line).get(0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("(林晓/文 韩冬/摄)");
        assertThat(names(line, c)).containsExactly(":林晓", "摄影:韩冬");
    }

    @Test
    void anOfficeThatSuppliedTheTextThenTheNameThatWroteAndPhotographed() {
        String line = "学员们表示收获很大。(组织处供稿: 孔丽 文/摄)";
        Credit c = closing(line).get(0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("(组织处供稿: 孔丽 文/摄)");
        assertThat(c.agency()).isEqualTo("组织处");
        assertThat(names(line, c)).containsExactly(":孔丽");
    }

    @Test
    void aSentenceEndingInAVerbOfPhotographyIsNoCredit() {
        assertThat(closing("游客们纷纷拿出手机拍摄。")).isEmpty();
        assertThat(closing("会议由区委办公室组织。林晓说要拍摄")).isEmpty();
    }

    @Test
    void picturesAndTextByOneNameAfterAColon() {
        String line = "委员们积极建言献策。(图、文:林晓)";
        Credit c = closing(line).get(0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("(图、文:林晓)");
        assertThat(names(line, c)).containsExactly(":林晓");
    }

    @Test
    void editorsCreditedAfterTheReporterAreNamedWithoutARoleOfTheScheme() {
        // 审核, 助编: roles the scheme does not name; the word is no name
        String line = "会议部署了下一步工作。（图文：林晓 审核：司马言）";
        assertThat(bracketNames(line)).containsExactly(":林晓", ":司马言");
        String camera = "会议部署了下一步工作。（摄像：林晓 撰稿：司马言）";
        assertThat(bracketNames(camera)).containsExactly(":林晓", ":司马言");
        String editors = "会议部署了下一步工作。（青山日报 林晓 助编 司马言）";
        assertThat(bracketNames(editors)).containsExactly(":林晓", ":司马言");
    }

    @Test
    void anOfficesNamesWithPicturesAndTextAndAnAuthorWithItsReviewer() {
        // 图/文 after the last name, as 文/图: the same names wrote and photographed; 作者 and 审核人 are no roles of the scheme
        String line = "会议部署了下一步工作。（青山县新闻办 林晓燕 韩冬图/文）";
        Credit c = read(Position.CLOSING, line, line.indexOf('（'));
        assertThat(c.agency()).isEqualTo("青山县新闻办");
        assertThat(names(line, c)).containsExactly(":林晓燕", ":韩冬");
        String reviewed = "会议部署了下一步工作。（作者：林晓文 审核人：韩立）";
        assertThat(bracketNames(reviewed)).containsExactly(":林晓文", ":韩立");
    }

    @Test
    void twoNamesPrintedWithoutASpaceBetweenThem() {
        // （王立新张海燕）: each name starts with a surname and the six characters part only one way
        String line = "会议取得圆满成功。（王立新张海燕）";
        assertThat(bracketNames(line)).containsExactly(":王立新", ":张海燕");
        String four = "会议取得圆满成功。（林晓韩冬）";
        assertThat(bracketNames(four)).containsExactly(":林晓", ":韩冬");
    }

    @Test
    void anEditorAfterAnotherRoleIsNoNameButCreditsTheNameAfterIt() {
        // 编辑, 责编: a page header's staff when alone, so they open no credit; after another role they credit a name
        String line = "会议部署了下一步工作。（记者 林晓 编辑 司马言）";
        assertThat(bracketNames(line)).containsExactly("记者:林晓", ":司马言");
        String colons = "会议部署了下一步工作。（撰稿：林晓 编辑：司马言 责编：欧阳青）";
        assertThat(bracketNames(colons))
                .containsExactly(":林晓", ":司马言", ":欧阳青");
        String alone = "会议部署了下一步工作。（编辑 司马言）";
        assertThat(read(Position.CLOSING, alone, alone.indexOf('（'))).isNull();
    }

    @Test
    void aNameWithTheWordThatSaysItCompiledTheStory() {
        String line = "会议部署了下一步工作。（林晓/整理）";
        Credit c = closing(line).get(0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("（林晓/整理）");
        assertThat(names(line, c)).containsExactly(":林晓");
        String spaced = "会议部署了下一步工作。（林晓 整理）";
        assertThat(names(spaced, closing(spaced).get(0))).containsExactly(":林晓");
    }
    @Test
    void anAssemblyOrAnOutletsOwnReportAloneInBrackets() {
        // an assembly by its short name or its whole name, and the paper's own compiled report, credit with no names
        for (String[] c : new String[][] {{"会议部署了下一步工作。(人大)", "人大"},
                {"会议部署了下一步工作。(青山区政协文史委员会)", "青山区政协文史委员会"},
                {"会议部署了下一步工作。（本报综合报道）", "本报"}}) {
            Credit credit = closing(c[0]).get(0);
            assertThat(c[0].substring(credit.begin(), credit.end())).isEqualTo(c[0].substring(c[0].indexOf('。') + 1));
            assertThat(credit.agency()).isEqualTo(c[1]);
            assertThat(credit.names()).isEmpty();
        }
    }

    /** The names of the closing credit in the first full-width bracket of {@code line}, as "role:name". */
    private static List<String> bracketNames(String line) {
        return names(line, read(Position.CLOSING, line, line.indexOf('（')));
    }
}
