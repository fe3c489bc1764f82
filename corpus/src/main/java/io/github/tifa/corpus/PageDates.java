package io.github.tifa.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page's date comes from when no manifest gives it: its path (a date such as
 * {@code 2023-02-21}, {@code 2023/02/21} or {@code 20230221} anywhere in it), else the dates its
 * articles lead with (2月20日，… right after the byline, or a byline's own dateline) when a year can
 * be inferred: printed with the lead itself, or in a full date (2023年2月21日) in the page's articles.
 * The page's date is then its latest lead.
 */
public final class PageDates {
    private PageDates() {
    }

    /** A date written as digits with or without separators; the year between 1900 and 2099. */
    private static final Pattern DIGITS = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})([-_/.]?)(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern CHINESE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日");
    /** A lead: an optional year, month and day, at the start of an article's body. */
    private static final Pattern LEAD = Pattern.compile("^[\\s　]*(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})日");

    /**
     * A date as a manifest cell writes it: 2023-02-21, 2023/2/21, 2023.02.21, 20230221 or 2023年2月21日;
     * empty when it is none of these.
     */
    public static Optional<LocalDate> parse(String cell) {
        String s = cell.strip();
        Matcher m = CHINESE.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DIGITS.matcher(s);
        if (m.matches() && (!m.group(2).isEmpty() || s.length() == 8)) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        return Optional.empty();
    }

    /** The last valid date written anywhere in {@code path} (the file's own name wins over its folders). */
    public static Optional<LocalDate> inPath(String path) {
        Optional<LocalDate> found = Optional.empty();
        Matcher m = DIGITS.matcher(path);
        int from = 0;
        while (from < path.length() && m.find(from)) {
            boolean compact = m.group(2).isEmpty();
            // without separators only the eight-digit form: 2023221 could be two dates
            Optional<LocalDate> d = compact && m.end() - m.start() != 8 ? Optional.empty()
                    : date(m.group(1), m.group(3), m.group(4));
            if (d.isPresent()) {
                found = d;
            }
            from = m.start() + 1;
        }
        return found;
    }

    /** The latest date the page's articles lead with, when a year can be inferred. */
    public static Optional<LocalDate> onPage(List<Spot> spots) {
        int year = 0;
        int latestFull = -1;
        for (Spot s : spots) {
            if (s.layer().equals("Article")) {
                Matcher m = CHINESE.matcher(s.text());
                while (m.find()) {
                    Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
                    if (d.isPresent() && d.get().getYear() * 10000 + d.get().getDayOfYear() > latestFull) {
                        latestFull = d.get().getYear() * 10000 + d.get().getDayOfYear();
                        year = d.get().getYear();
                    }
                }
            }
        }
        LocalDate latest = null;
        for (Spot byline : spots) {
            if (!byline.layer().equals("Byline")) {
                continue;
            }
            String lead = leadAfter(byline, spots);
            Matcher m = lead == null ? null : LEAD.matcher(lead);
            Optional<LocalDate> d = Optional.empty();
            if (m != null && m.find()) {
                String y = m.group(1) != null ? m.group(1) : year > 0 ? String.valueOf(year) : null;
                d = y == null ? Optional.empty() : date(y, m.group(2), m.group(3));
            } else if (year > 0) {
                Matcher md = MONTH_DAY.matcher(byline.feature("dateline"));
                if (md.find()) {
                    d = date(String.valueOf(year), md.group(1), md.group(2));
                }
            }
            if (d.isPresent() && (latest == null || d.get().isAfter(latest))) {
                latest = d.get();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The text of the article that holds {@code byline}, from the byline's end on. */
    private static String leadAfter(Spot byline, List<Spot> spots) {
        for (Spot a : spots) {
            if (a.layer().equals("Article") && a.begin() <= byline.begin() && byline.end() <= a.end()) {
                int from = byline.end() - a.begin();
                String text = a.text();
                int at = text.offsetByCodePoints(0, Math.min(from, text.codePointCount(0, text.length())));
                return text.substring(at, Math.min(text.length(), at + 16));
            }
        }
        return null;
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
