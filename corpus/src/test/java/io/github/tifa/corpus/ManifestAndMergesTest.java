package io.github.tifa.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestAndMergesTest {

    @Test
    void aManifestMatchesPagesByIdOrFileAndNamesItsBadRows(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("manifest.csv");
        Files.writeString(file, "\uFEFFFile,Date,Paper\n"
                + "qs/p1.txt,2023-02-21,青山日报\n"
                + "\"qs/p2.txt\",\"2023/3/1\",\"青山日报, 二版\"\n"
                + "qs/p3.txt,2023-02-30,青山日报\n"
                + "qs/missing.txt,2023-03-02,青山日报\n");
        Manifest m = Manifest.read(file);
        assertThat(m.find("qs/p1", null)).hasValueSatisfying(e -> {
            assertThat(e.date()).contains(LocalDate.of(2023, 2, 21));
            assertThat(e.paper()).isEqualTo("青山日报");
        });
        assertThat(m.find("qs/p2", null)).hasValueSatisfying(e -> assertThat(e.paper()).isEqualTo("青山日报, 二版"));
        assertThat(m.find("qs/p3", null)).hasValueSatisfying(e -> assertThat(e.date()).isEmpty());
        assertThat(m.problems()).extracting(Problem::toString).containsExactly(
                file + ":4: cannot read the date '2023-02-30' (expected 2023-02-21, 2023/2/21, 20230221 or 2023年2月21日)",
                file + ":5: names the file 'qs/missing.txt', which is not among the pages read");
    }

    @Test
    void aManifestWithoutItsColumnsIsRefusedWithTheHeaderItHas(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("manifest.csv");
        Files.writeString(file, "name,day\np1,2023-02-21\n");
        assertThatThrownBy(() -> Manifest.read(file)).hasMessageContaining(file + ":1: expected a header naming the"
                + " columns file, date, paper, found name, day");
    }

    @Test
    void mergesRenameWithinTheirDatesAndTheFirstRuleWins(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("merge.csv");
        Files.writeString(file, "person,organization,from,to,as_person,as_organization\n"
                + ",区党工委,,,,青山区党工委\n"
                + "王伟,青山县委,2023-06-01,,王伟（乙）,\n"
                + "王伟,青山县委,2023-13-01,,王伟（丙）,\n"
                + ",,,,,\n");
        List<Problem> problems = new ArrayList<>();
        Merges merges = Merges.read(file, problems);
        Mention.Post before = new Mention.Post("p", 0, 4, "王伟", "青山县委", "书记");
        assertThat(merges.apply(before, LocalDate.of(2023, 5, 31)).person()).isEqualTo("王伟");
        assertThat(merges.apply(before, LocalDate.of(2023, 6, 1)).person()).isEqualTo("王伟（乙）");
        assertThat(merges.apply(before, null).person()).as("undated: no date range matches").isEqualTo("王伟");
        assertThat(merges.apply(new Mention.Post("p", 0, 4, "林晓", "区党工委", "书记"), null).organization())
                .isEqualTo("青山区党工委");
        assertThat(problems).extracting(Problem::line).containsExactly(4L, 5L);
    }
}
