package io.github.tifa.segment;

import java.util.Arrays;
import java.util.Collection;

import org.apache.uima.jcas.tcas.Annotation;

/**
 * Annotations that do not overlap (tokens, persons), by character offset: the one starting at,
 * ending at or covering a position. Arrays the size of the annotations, searched by bisection,
 * instead of arrays the length of the page.
 */
public final class SpanIndex<T extends Annotation> {
    private final T[] spans;
    private final int[] begins;
    private final int[] ends;

    /** Indexes {@code spans}, given in text order. */
    public SpanIndex(T[] spans) {
        this.spans = spans;
        begins = new int[spans.length];
        ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            begins[i] = spans[i].getBegin();
            ends[i] = spans[i].getEnd();
        }
    }

    /** Indexes {@code spans}, given in text order. */
    @SuppressWarnings("unchecked")
    public static <T extends Annotation> SpanIndex<T> of(Collection<T> spans) {
        return new SpanIndex<>((T[]) spans.toArray(Annotation[]::new));
    }

    public boolean isEmpty() {
        return spans.length == 0;
    }

    /** The annotation that starts at {@code pos}, or null. */
    public T startingAt(int pos) {
        int i = Arrays.binarySearch(begins, pos);
        return i < 0 ? null : spans[i];
    }

    /** The annotation that ends at {@code pos} (exclusive), or null. */
    public T endingAt(int pos) {
        int i = Arrays.binarySearch(ends, pos);
        return i < 0 ? null : spans[i];
    }

    /** The annotation that covers the character at {@code pos}, or null. */
    public T covering(int pos) {
        int i = Arrays.binarySearch(begins, pos);
        if (i < 0) {
            i = -i - 2; // the last one beginning before pos
        }
        return i >= 0 && pos < ends[i] ? spans[i] : null;
    }
}
