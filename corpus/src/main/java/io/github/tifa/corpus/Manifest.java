package io.github.tifa.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A CSV file that gives pages their date and paper: columns {@code file}, {@code date} and
 * {@code paper}. A row's file is matched to a page by the page's id (the path below the folder
 * annotated, without extension) or by the file's path relative to where tifa was started. A row
 * that names no page, or whose date cannot be read, is a {@link Problem}, and the page then takes its
 * date from its path or its articles.
 */
public final class Manifest {
    /** What the manifest says of one page. */
    public record Entry(long line, String file, Optional<LocalDate> date, String paper) {
    }

    private final Path file;
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private Manifest(Path file) {
        this.file = file;
    }

    /** No manifest: every page is dated from its path or its articles. */
    public static Manifest none() {
        return new Manifest(null);
    }

    /** The rows of the manifest, whether or not a page matched them. */
    public List<Entry> entries() {
        return List.copyOf(byKey.values());
    }

    public static Manifest read(Path file) throws IOException {
        Manifest m = new Manifest(file);
        for (CsvRows.Row row : CsvRows.read(file, List.of("file", "date", "paper"))) {
            String name = row.get("file");
            if (name.isEmpty()) {
                m.problems.add(new Problem(file.toString(), row.line(), "no file named"));
                continue;
            }
            Optional<LocalDate> date = row.get("date").isEmpty() ? Optional.empty() : PageDates.parse(row.get("date"));
            if (!row.get("date").isEmpty() && date.isEmpty()) {
                m.problems.add(new Problem(file.toString(), row.line(), "cannot read the date '" + row.get("date")
                        + "' (expected 2023-02-21, 2023/2/21, 20230221 or 2023年2月21日)"));
            }
            m.byKey.put(key(name), new Entry(row.line(), name, date, row.get("paper")));
        }
        return m;
    }

    /** A page's entry, by its id or its file; marks the entry used. Safe on several threads. */
    public Optional<Entry> find(String id, String source) {
        Entry e = byKey.get(key(id));
        if (e == null && source != null) {
            e = byKey.get(key(source));
        }
        if (e != null) {
            used.add(key(e.file()));
        }
        return Optional.ofNullable(e);
    }

    /** The rows pages matched; pages are placed on several threads at once. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** Problems reading the manifest, and one for every row no page matched (ask after all pages). */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(readProblems());
        for (Entry e : byKey.values()) {
            if (!used.contains(key(e.file()))) {
                all.add(new Problem(file.toString(), e.line(), notAmongPages(e.file())));
            }
        }
        return all;
    }

    /** The rows that could not be read (a date that is none, no file named). */
    public List<Problem> readProblems() {
        return List.copyOf(problems);
    }

    /** What is said of a row that names a file no page was read from. */
    public static String notAmongPages(String file) {
        return "names the file '" + file + "', which is not among the pages read";
    }

    /** A file name as a key: forward slashes, no leading ./, no .txt/.json/.xmi extension. */
    public static String key(String name) {
        String k = name.replace('\\', '/');
        while (k.startsWith("./")) {
            k = k.substring(2);
        }
        for (String ext : List.of(".txt", ".json", ".xmi")) {
            if (k.endsWith(ext)) {
                return k.substring(0, k.length() - ext.length());
            }
        }
        return k;
    }
}
