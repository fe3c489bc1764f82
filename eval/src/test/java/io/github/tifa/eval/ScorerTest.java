package io.github.tifa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.tifa.eval.Evaluation.FeatureScore;
import io.github.tifa.eval.Evaluation.TypeScore;

/** The metrics on small examples worked out by hand. */
class ScorerTest {

    // 0123456789012345678901234
    private static final String RAW = "区党工委书记钱立新主持会议并讲话，市委常委李明出席。";

    private static Evaluation score(String gold, String system) {
        return Scorer.score(List.of(new Scorer.Document("d", RAW, BratAnn.parse(gold, "gold"),
                BratAnn.parse(system, "system"))));
    }

    private static TypeScore type(Evaluation e, String type) {
        return e.types().stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void exactOverlapAndMissedSpans() {
        String gold = "T1\tPerson 6 9\t钱立新\nT2\tPerson 21 23\t李明\nT3\tOfficialTitle 0 6\t区党工委书记\n"
                + "A1\tpost T3 书记\nA2\torganization T3 区党工委\nT4\tOfficialTitle 17 21\t市委常委\n"
                + "R1\tTitleOf Governor:T3 Dependent:T1\n";
        // Person: one exact, one overlapping (李明出 vs 李明); title: one exact with a wrong post, one missed
        String system = "T1\tPerson 6 9\t钱立新\nT2\tPerson 21 24\t李明出\nT3\tOfficialTitle 0 6\t区党工委书记\n"
                + "A1\tpost T3 委书记\nA2\torganization T3 区党工委\nT4\tSlogan 11 13\t会议\n"
                + "R1\tTitleOf Governor:T3 Dependent:T1\n#1\tAnnotatorNotes T4\trule=slogan.test\n";
        Evaluation e = score(gold, system);

        TypeScore person = type(e, "Person");
        assertThat(person.strict()).isEqualTo(new Evaluation.Counts(1, 1, 1));
        assertThat(person.strict().precision()).isEqualTo(0.5);
        assertThat(person.strict().f1()).isEqualTo(0.5);
        assertThat(person.lenient()).isEqualTo(new Evaluation.Counts(2, 0, 0));

        TypeScore title = type(e, "OfficialTitle");
        assertThat(title.strict()).isEqualTo(new Evaluation.Counts(1, 0, 1));
        assertThat(title.strict().recall()).isEqualTo(0.5);
        assertThat(title.strict().f1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));

        TypeScore slogan = type(e, "Slogan");
        assertThat(slogan.strict()).isEqualTo(new Evaluation.Counts(0, 1, 0));
        assertThat(slogan.strict().f1()).isZero();

        // micro: TP 2, FP 2, FN 2 -> P = R = F1 = 0.5; macro = (0.5 + 2/3 + 0) / 3
        assertThat(e.microStrict()).isEqualTo(new Evaluation.Counts(2, 2, 2));
        assertThat(e.microStrict().f1()).isEqualTo(0.5);
        assertThat(e.macroStrictF1()).isCloseTo((0.5 + 2.0 / 3 + 0) / 3, within(1e-9));

        assertThat(e.features()).extracting(f -> f.type() + "." + f.feature() + "=" + f.correct() + "/" + f.total())
                .containsExactly("OfficialTitle.organization=1/1", "OfficialTitle.post=0/1");
        assertThat(e.titleOf()).isEqualTo(new Evaluation.Counts(1, 0, 0));

        // every feature mismatch of a strict match is listed, with both values
        assertThat(e.errors()).extracting(x -> x.kind() + " " + x.type() + " " + x.text()).containsExactly(
                "FEATURE OfficialTitle 区党工委书记", "FP Slogan 会议", "FN OfficialTitle 市委常委", "FN Person 李明", "FP Person 李明出");
        assertThat(e.errors().get(0).note()).isEqualTo("post: gold 「书记」, system 「委书记」");
        Evaluation.ErrorItem fp = e.errors().get(1);
        assertThat(fp.left()).isEqualTo("区党工委书记钱立新主持");
        assertThat(fp.right()).isEqualTo("并讲话，市委常委李明出席。");
        assertThat(fp.rule()).isEqualTo("slogan.test");
        assertThat(e.errors().get(3).note()).startsWith("boundary: system has 「李明出」");
    }

    @Test
    void typeConfusionIsCounted() {
        Evaluation e = score("T1\tPerson 6 9\t钱立新\n", "T1\tOfficialTitle 6 9\t钱立新\n");
        assertThat(e.confusion()).containsEntry("Person -> OfficialTitle", 1);
        assertThat(type(e, "Person").strict()).isEqualTo(new Evaluation.Counts(0, 0, 1));
        assertThat(type(e, "OfficialTitle").strict()).isEqualTo(new Evaluation.Counts(0, 1, 0));
        assertThat(type(e, "OfficialTitle").lenient()).isEqualTo(new Evaluation.Counts(0, 1, 0));
        assertThat(e.errors()).extracting(Evaluation.ErrorItem::note)
                .containsExactlyInAnyOrder("system typed it OfficialTitle", "gold types it Person");
    }

    @Test
    void emptySystemHasZeroRecallAndNoFalsePositives() {
        Evaluation e = score("T1\tPerson 6 9\t钱立新\nT2\tPerson 21 23\t李明\n", "");
        assertThat(e.microStrict()).isEqualTo(new Evaluation.Counts(0, 0, 2));
        assertThat(e.microStrict().recall()).isZero();
        assertThat(e.microStrict().f1()).isZero();
        assertThat(e.errors()).hasSize(2).allMatch(x -> x.kind().equals("FN"));
    }

    @Test
    void lenientMatchingIsOneToOne() {
        // two system spans overlap one gold span: only one may match it
        Evaluation e = score("T1\tOfficialTitle 0 6\t区党工委书记\n",
                "T1\tOfficialTitle 0 4\t区党工委\nT2\tOfficialTitle 3 6\t委书记\n");
        assertThat(type(e, "OfficialTitle").lenient()).isEqualTo(new Evaluation.Counts(1, 1, 0));
    }

    @Test
    void fragmentsCountFromFirstStartToLastEnd() {
        BratAnn ann = BratAnn.parse("T1\tPerson 3 5;6 7\t刘一 璘\n", "x");
        assertThat(ann.spans().get(0).begin()).isEqualTo(3);
        assertThat(ann.spans().get(0).end()).isEqualTo(7);
    }

    @Test
    void malformedGoldNamesFileAndLine() {
        assertThatThrownBy(() -> BratAnn.parse("T1\tPerson 6 9\t钱立新\nT2\tPerson six 9\tx\n", "g.ann"))
                .hasMessageContaining("g.ann line 2").hasMessageContaining("expected brat standoff");
        assertThatThrownBy(() -> BratAnn.parse("A1\tpost T9 书记\n", "g.ann"))
                .hasMessageContaining("refers to T9");
    }
    @Test
    void canonicalIsScoredWhereGoldCarriesIt() {
        // gold may give canonical as an attribute; tifa writes it as a note, beside its rule
        String system = "T1\tSlogan 11 13\t会议\n#1\tAnnotatorNotes T1\trule=slogan.test | canonical=会议\n"
                + "T2\tSlogan 0 2\t区党\n#2\tAnnotatorNotes T2\tcanonical=区党\n";
        Evaluation carried = score("T1\tSlogan 11 13\t会议\nA1\tcanonical T1 会议\n", system);
        Evaluation wrong = score("T1\tSlogan 11 13\t会议\nA1\tcanonical T1 会谈\n", system);
        Evaluation omitted = score("T1\tSlogan 0 2\t区党\n", system);

        assertThat(carried.features()).extracting(f -> f.type() + "." + f.feature() + "=" + f.correct() + "/" + f.total())
                .contains("Slogan.canonical=1/1");
        assertThat(wrong.features()).extracting(f -> f.type() + "." + f.feature() + "=" + f.correct() + "/" + f.total())
                .contains("Slogan.canonical=0/1");
        assertThat(omitted.features()).extracting(FeatureScore::feature).doesNotContain("canonical");
    }

    @Test
    void expansionIsNeverScoredWhereverGoldCarriesIt() {
        // the scheme: gold carries expansion only where the page spells it out, and it is not scored, as an
        // attribute or as a note
        String system = "T1\tSlogan 11 13\t会议\n#1\tAnnotatorNotes T1\trule=slogan.test | expansion=甲；乙\n";
        Evaluation attribute = score("T1\tSlogan 11 13\t会议\nA1\texpansion T1 丙；丁\n", system);
        Evaluation note = score("T1\tSlogan 11 13\t会议\n#1\tAnnotatorNotes T1\texpansion=丙；丁\n", system);

        assertThat(attribute.features()).extracting(FeatureScore::feature).doesNotContain("expansion");
        assertThat(note.features()).extracting(FeatureScore::feature).doesNotContain("expansion");
        assertThat(attribute.errors()).isEmpty();
    }
}
