package io.github.tifa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CorpusTablesTest {

    /** A meeting whose type was not read (no meetingType feature) still fills every column. */
    @Test
    void aMeetingWithoutATypeKeepsEveryColumnOfItsMonth() {
        Spot meeting = new Spot("Meeting", 0, 4, "某某会议", Map.of("held", "true"), List.of());
        CorpusPage page = CorpusPage.of("某某报/2023-01-05/01", null, List.of(meeting), Optional.empty(), Merges.none());
        Table months = CorpusTables.build(List.of(page), List.of()).stream()
                .filter(t -> t.name().equals("meeting-months")).findFirst().orElseThrow();
        assertThat(months.rows()).containsExactly(List.of("2023-01", "", "1", "0"));
    }
}
