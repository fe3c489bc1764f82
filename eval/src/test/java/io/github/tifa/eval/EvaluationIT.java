package io.github.tifa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The evaluation that runs in every {@code mvn verify}: tifa on the real page ({@code gold/seed/},
 * the page in {@code seeds/}) and on the made-up pages ({@code gold/}), each with its own table in
 * the log, its reports in {@code target/tifa-eval/}, and its floor under strict micro-F1.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationIT {

    private static final Path GOLD = Path.of(System.getProperty("tifa.gold", "../gold"));
    private static final Path OUT = Path.of(System.getProperty("tifa.eval.out", "target/tifa-eval"));

    @Test
    @Order(1)
    void realPageScoresAtLeastItsFloor() throws Exception {
        Path seeds = GOLD.resolveSibling("seeds");
        evaluate("the real page", GOLD.resolve("seed"), List.of(seeds.toString()), OUT.resolve("real"),
                Double.parseDouble(System.getProperty("tifa.eval.floor.real", "0")), "tifa.eval.floor.real");
    }

    @Test
    @Order(2)
    void madeUpPagesScoreAtLeastTheirFloor() throws Exception {
        evaluate("the made-up pages", GOLD, List.of(), OUT.resolve("made-up"),
                Double.parseDouble(System.getProperty("tifa.eval.floor", "0")), "tifa.eval.floor");
    }

    private static void evaluate(String what, Path gold, List<String> pages, Path out, double floor, String property)
            throws Exception {
        Evaluator.Result result = Evaluator.run(gold, pages);
        Evaluator.writeReports(result, out);
        Evaluation e = result.evaluation();
        System.out.println();
        System.out.println("tifa evaluation on " + what + " (" + result.header().documents() + " gold page(s), commit "
                + result.header().commit() + "); reports in " + out.toAbsolutePath());
        System.out.println(Reports.table(e));
        System.out.printf("floor: strict micro-F1 %.3f >= %.3f%n", e.microStrict().f1(), floor);
        assertThat(out.resolve("report.md")).isNotEmptyFile();
        assertThat(out.resolve("report.json")).isNotEmptyFile();
        assertThat(out.resolve("errors.tsv")).exists();
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        assertThat(e.microStrict().f1()).as("strict micro-F1 on %s fell under the floor kept in eval/pom.xml (%s); see %s",
                what, property, out.resolve("report.md")).isGreaterThanOrEqualTo(floor);
    }
}
