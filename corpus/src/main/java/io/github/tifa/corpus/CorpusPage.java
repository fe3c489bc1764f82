package io.github.tifa.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One page of the corpus: its id, the file it was read from, its paper and date (and where the date
 * came from: {@code manifest}, {@code path}, {@code page}, or empty when none could be found), and
 * its mentions, organisations printed without their place read within the paper, and corrected by the
 * merge file.
 */
public record CorpusPage(String id, String source, String paper, LocalDate date, String dateFrom, PageFacts facts) {

    public boolean dated() {
        return date != null;
    }

    /** The page of {@code spots}, placed in time by its manifest entry (when any), else its path, else its articles. */
    public static CorpusPage of(String id, String source, List<Spot> spots, Optional<Manifest.Entry> entry,
            Merges merges) {
        return of(id, source, spots, entry, datedOutside(id, source, entry), merges);
    }

    /** As above, with the date the entry or the path gives ({@link #datedOutside}) already looked up. */
    static CorpusPage of(String id, String source, List<Spot> spots, Optional<Manifest.Entry> entry,
            Optional<Dated> outside, Merges merges) {
        Optional<Dated> dated = outside.or(() -> PageDates.onPage(spots).map(d -> new Dated(d, "page")));
        LocalDate date = dated.map(Dated::date).orElse(null);
        String from = dated.map(Dated::from).orElse("");
        String paper = entry.map(Manifest.Entry::paper).filter(p -> !p.isEmpty()).orElseGet(() -> paperInPath(id));
        PageFacts read = PageFacts.of(id, spots);
        LocalDate when = date;
        PageFacts facts = new PageFacts(read.posts().stream().map(p -> merges.apply(within(p, paper), when)).toList(),
                read.slogans(), read.meetings());
        return new CorpusPage(id, source, paper, date, from, facts);
    }

    /** A page's date and where it came from: {@code manifest}, {@code path} or {@code page}. */
    record Dated(LocalDate date, String from) {
    }

    /**
     * The date a page's manifest entry or path gives it; empty when only its articles can (their
     * leads: {@link PageDates#onPage}), the one case the reader needs its articles and bylines for.
     */
    static Optional<Dated> datedOutside(String id, String source, Optional<Manifest.Entry> entry) {
        if (entry.isPresent() && entry.get().date().isPresent()) {
            return Optional.of(new Dated(entry.get().date().get(), "manifest"));
        }
        Optional<LocalDate> d = PageDates.inPath(id);
        if (d.isEmpty() && source != null) {
            d = PageDates.inPath(source);
        }
        return d.map(x -> new Dated(x, "path"));
    }

    /** The level words an organisation read without its place starts with: 县委, 市政府, 区党工委. */
    private static final String LEVELS = "省市州县区镇乡";

    /**
     * A post of an organisation printed without its place (县委书记 in a county's paper is that county's)
     * is read within its paper: 县委（青山日报）. Without it the 县委书记 of every county in the corpus
     * would follow one another. A merge file can rename it to the place (青山县委).
     */
    static Mention.Post within(Mention.Post m, String paper) {
        String o = m.organization();
        if (paper.isEmpty() || o.isEmpty() || LEVELS.indexOf(o.charAt(0)) < 0) {
            return m;
        }
        return new Mention.Post(m.page(), m.begin(), m.end(), m.person(), o + "（" + paper + "）", m.post());
    }

    /**
     * The paper a page's id names: its first folder that is not a date or a number
     * ({@code 某某日报/2023-02-21/03} is 某某日报); empty when none does.
     */
    static String paperInPath(String id) {
        String[] parts = id.replace('\\', '/').split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            String p = parts[i];
            if (!p.isEmpty() && !p.chars().allMatch(c -> Character.isDigit(c) || "-_.".indexOf(c) >= 0)
                    && PageDates.inPath(p).isEmpty()) {
                return p;
            }
        }
        return "";
    }
}
