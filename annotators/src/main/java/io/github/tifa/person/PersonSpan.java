package io.github.tifa.person;

import java.util.List;

import io.github.tifa.model.Overlaps;

/** A name a rule proposes; of overlapping names the one of higher priority wins ({@link Overlaps}). */
record PersonSpan(int begin, int end, String rule, int priority) implements Overlaps.Candidate {

    /** A page with the names found so far: what the rules that build on other rules' names read. */
    record Known(PersonPage page, List<PersonSpan> names) {
    }
}
