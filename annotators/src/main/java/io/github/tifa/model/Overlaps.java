package io.github.tifa.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules' one overlap policy: of candidates that overlap, the one of higher priority wins, then
 * the longer, then the earlier; the others are dropped.
 */
public final class Overlaps {

    /** A span a rule proposes, with the priority of its rule. */
    public interface Candidate {
        int begin();

        int end();

        int priority();
    }

    private Overlaps() {
    }

    /** Spans taken so far, none overlapping another. */
    public static final class Taken {
        private final TreeMap<Integer, Integer> endByBegin = new TreeMap<>();

        /** No taken span overlaps [begin, end). */
        public boolean free(int begin, int end) {
            // only the last span beginning before end can reach into [begin, end): the ones before
            // it end where it begins or earlier
            Map.Entry<Integer, Integer> before = endByBegin.lowerEntry(end);
            return before == null || before.getValue() <= begin;
        }

        public void add(int begin, int end) {
            endByBegin.put(begin, end);
        }
    }

    /** The candidates that survive the policy, in text order. */
    public static <T extends Candidate> List<T> resolve(List<T> candidates) {
        List<T> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((T c) -> -c.priority()).thenComparingInt(c -> -(c.end() - c.begin()))
                .thenComparingInt(Candidate::begin));
        List<T> kept = new ArrayList<>();
        Taken taken = new Taken();
        for (T c : sorted) {
            if (taken.free(c.begin(), c.end())) {
                kept.add(c);
                taken.add(c.begin(), c.end());
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::begin));
        return kept;
    }
}
