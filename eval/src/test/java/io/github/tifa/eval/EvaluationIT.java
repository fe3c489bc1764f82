package io.github.tifa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The evaluation that runs in every {@code mvn verify}: tifa on every gold page, reports in
 * {@code target/tifa-eval/}, the table in the log, and a floor under strict micro-F1.
 */
class EvaluationIT {

    @Test
    void scoresAtLeastTheFloor() throws Exception {
        Path gold = Path.of(System.getProperty("tifa.gold", "../gold"));
        Path out = Path.of(System.getProperty("tifa.eval.out", "target/tifa-eval"));
        double floor = Double.parseDouble(System.getProperty("tifa.eval.floor", "0"));
        Evaluator.Result result = Evaluator.run(gold, List.of());
        Evaluator.writeReports(result, out);
        Evaluation e = result.evaluation();
        System.out.println();
        System.out.println("tifa evaluation (" + result.header().documents() + " gold page(s), commit "
                + result.header().commit() + "); reports in " + out.toAbsolutePath());
        System.out.println(Reports.table(e));
        System.out.printf("floor: strict micro-F1 %.3f >= %.3f%n", e.microStrict().f1(), floor);
        assertThat(out.resolve("report.md")).isNotEmptyFile();
        assertThat(out.resolve("report.json")).isNotEmptyFile();
        assertThat(out.resolve("errors.tsv")).exists();
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        assertThat(e.microStrict().f1()).as("strict micro-F1 fell under the floor kept in eval/pom.xml "
                + "(tifa.eval.floor); see " + out.resolve("report.md")).isGreaterThanOrEqualTo(floor);
    }
}
