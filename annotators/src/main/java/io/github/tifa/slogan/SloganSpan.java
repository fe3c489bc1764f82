package io.github.tifa.slogan;

import io.github.tifa.model.Overlaps;

/** A slogan a rule proposes: its span, whether it stands in quotation marks, and the rule. */
record SloganSpan(int begin, int end, boolean quoted, String rule, int priority) implements Overlaps.Candidate {
}
