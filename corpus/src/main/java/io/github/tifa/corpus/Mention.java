package io.github.tifa.corpus;

/**
 * The facts the corpus tables count, one per mention on a page: who held which post, which slogan
 * was printed, which meeting was reported. Each keeps its page and clean offsets, so that every row
 * of a table points back to where it was read.
 */
public sealed interface Mention {
    String page();

    int begin();

    int end();

    /** An official title and one of its holders: 王五 as 书记 of 某县委. */
    record Post(String page, int begin, int end, String person, String organization, String post) implements Mention {
    }

    /** A slogan by its canonical form. */
    record Slogan(String page, int begin, int end, String canonical, boolean numeric, String expansion)
            implements Mention {
    }

    /** A meeting by its name as printed, with its type and whether the page reports it held. */
    record Meeting(String page, int begin, int end, String name, String type, boolean held, String term,
            String session) implements Mention {
    }
}
