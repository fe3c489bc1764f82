package io.github.tifa.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tables keyed by an enum (tag groups, punctuation sets) fail at start-up when out of step with it. */
class LexiconTableTest {

    enum Sample { FIRST, SECOND, THIRD }

    @Test
    void aMisspeltNameIsRefusedWithFileAndLine() {
        assertThatThrownBy(() -> Lexicon.table("io/github/tifa/lexicon/misspelt_table.txt", Sample.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("misspelt_table.txt line 4").hasMessageContaining("'THRID' is no Sample");
    }

    @Test
    void aMissingConstantIsRefused() {
        assertThatThrownBy(() -> Lexicon.table("io/github/tifa/lexicon/short_table.txt", Sample.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no line for Sample SECOND");
    }

    @Test
    void theProjectsTablesAreInStep() {
        assertThat(Lexicon.table(io.github.tifa.segment.TagGroup.FILE, io.github.tifa.segment.TagGroup.class))
                .hasSize(io.github.tifa.segment.TagGroup.values().length);
        assertThat(io.github.tifa.model.Punctuation.MEETING_STOPS.has('\n')).isTrue();
    }
}
