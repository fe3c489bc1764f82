package io.github.tifa.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads tifa's JSON output back as corpus pages: {@code *.json} files (one page each, as
 * {@code tifa annotate} writes them) and {@code *.jsonl} files (a page a line), named directly or
 * found in folders. A file or line that is not a tifa page is a {@link Problem} with its file and
 * line, and reading goes on with the rest; a page id seen twice is kept once.
 */
public final class CorpusReader {
    /** The layers the corpus reads; the others (sentences, paragraphs, tokens) are skipped. */
    private static final Set<String> LAYERS = Set.of("OfficialTitle", "Slogan", "Meeting", "Article", "Byline");
    /**
     * The layers of a page that its manifest entry or its path dates: its articles (most of the
     * characters) and bylines only place a page in time that nothing else dates.
     */
    private static final Set<String> FACT_LAYERS = Set.of("OfficialTitle", "Slogan", "Meeting");
    /** Written beside the XMI for INCEpTION: JSON, but not a page. */
    private static final Set<String> NOT_PAGES = Set.of("inception-layers.json");

    private static final JsonFactory JSON = new JsonFactory();

    private final Manifest manifest;
    private final Merges merges;
    private final List<CorpusPage> pages = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    public CorpusReader(Manifest manifest, Merges merges) {
        this.manifest = manifest;
        this.merges = merges;
    }

    /** The JSON and JSON Lines files under {@code path} (itself, when a file), sorted. */
    public static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> found = new ArrayList<>();
        collect(path, found);
        found.sort(null);
        return found;
    }

    /**
     * An entry named as an output is taken without asking the file system what it is (one that is
     * not a file is named when it cannot be read): a stat for each of 2,000 pages cost more than
     * the rest of the listing. Links to folders are not followed.
     */
    private static void collect(Path dir, List<Path> found) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (isOutput(p)) {
                    found.add(p);
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    collect(p, found);
                }
            }
        }
    }

    private static boolean isOutput(Path p) {
        String name = p.getFileName().toString();
        return (name.endsWith(".json") || name.endsWith(".jsonl")) && !NOT_PAGES.contains(name) && !name.startsWith(".");
    }

    /** Reads one file; never throws for bad content (a problem is recorded instead). */
    public void read(Path file) {
        read(List.of(file));
    }

    /**
     * Reads files, parsing them and placing their pages in time on every processor; pages and
     * problems come in the order of the files (and of the lines of a JSON Lines file) whatever the
     * threads did.
     */
    public void read(List<Path> files) {
        List<List<Object>> all = files.parallelStream().map(this::parse).toList();
        for (List<Object> found : all) {
            for (Object o : found) {
                if (o instanceof Problem problem) {
                    problems.add(problem);
                } else {
                    Read read = (Read) o;
                    if (!ids.add(read.page().id())) {
                        problems.add(new Problem(read.page().source(), read.line(), "page '" + read.page().id()
                                + "' was read before; this copy is skipped"));
                    } else {
                        pages.add(read.page());
                    }
                }
            }
        }
    }

    /**
     * Reads one page of tifa's JSON from {@code json}, named {@code where} in problems; never throws for
     * bad content. For pages that are not in files (the command's warm-up).
     */
    public void read(String where, byte[] json) {
        try (JsonParser p = JSON.createParser(json)) {
            Object o = page(p, where, 0);
            if (o instanceof Read r && ids.add(r.page().id())) {
                pages.add(r.page());
            } else if (o instanceof Problem problem) {
                problems.add(problem);
            }
        } catch (IOException e) {
            problems.add(new Problem(where, 0, "not JSON: " + e.getMessage()));
        }
    }

    /** Jackson's message without its note on where the source is ("[Source: REDACTED …; line: 2, …]"). */
    static String jsonError(JsonProcessingException e) {
        return e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; (line: \\d+, column: \\d+)\\]", "$1");
    }

    /** A page read and placed in time, and the line of its file it was read on. */
    private record Read(CorpusPage page, long line) {
    }

    /** A page's manifest entry and the date it or the page's path gives, looked up once a page. */
    private record Placing(Optional<Manifest.Entry> entry, Optional<CorpusPage.Dated> outside) {
    }

    private Placing placing(String id, String where) {
        Optional<Manifest.Entry> entry = manifest.find(id, where);
        return new Placing(entry, CorpusPage.datedOutside(id, where, entry));
    }

    /** The pages ({@link Read}) and problems of one file, in order. */
    private List<Object> parse(Path file) {
        List<Object> found = new ArrayList<>();
        String name = file.toString();
        if (name.endsWith(".jsonl")) {
            parseLines(file, found);
            return found;
        }
        try (JsonParser p = JSON.createParser(file.toFile())) {
            found.add(page(p, name, 0));
        } catch (JsonProcessingException e) {
            found.add(new Problem(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not JSON: " + jsonError(e)));
        } catch (IOException e) {
            found.add(new Problem(name, 0, "cannot read: " + e.getMessage()));
        }
        return found;
    }

    private void parseLines(Path file, List<Object> found) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try (JsonParser p = JSON.createParser(line)) {
                    found.add(page(p, file.toString(), n));
                } catch (JsonProcessingException e) {
                    found.add(new Problem(file.toString(), n, "not JSON: " + jsonError(e)));
                }
            }
        } catch (IOException e) {
            found.add(new Problem(file.toString(), 0, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * One page object, streamed: the layers the corpus reads are read as trees, the rest (the text,
     * sentences, paragraphs, tokens: most of the bytes) skipped unread. A {@link Read}, or the
     * {@link Problem} that it is not a page.
     */
    private Object page(JsonParser p, String where, long line) throws IOException {
        long at = line > 0 ? line : 1;
        String id = null;
        boolean annotations = false;
        List<Spot> spots = new ArrayList<>();
        String bad = null;
        int layersRead = 0;
        Placing placing = null;
        if (p.nextToken() == JsonToken.START_OBJECT) {
            parsing:
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("document") && value == JsonToken.VALUE_STRING) {
                    id = p.getText();
                } else if (field.equals("annotations") && value == JsonToken.START_OBJECT) {
                    annotations = true;
                    // tifa writes the page's id first; without one every layer is read
                    placing = id == null ? null : placing(id, where);
                    Set<String> layers = placing != null && placing.outside().isPresent() ? FACT_LAYERS : LAYERS;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String layer = p.currentName();
                        p.nextToken();
                        if (!layers.contains(layer)) {
                            p.skipChildren();
                            continue;
                        }
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            bad = "a layer " + layer + " that is not an array";
                            p.skipChildren();
                            continue;
                        }
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            Spot spot = spot(layer, p);
                            if (spot == null) {
                                bad = "a " + layer + " without begin, end and text; the page is skipped";
                            } else {
                                spots.add(spot);
                            }
                        }
                        if (++layersRead == layers.size() && id != null) {
                            // tifa writes the scheme's layers before sentences and paragraphs, most of
                            // the bytes: with every layer the corpus reads in hand, the rest is not read
                            break parsing;
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (id == null || !annotations) {
            return new Problem(where, at, "not a page of tifa's JSON: expected an object with \"document\""
                    + " and \"annotations\" (tifa annotate -f json or jsonl writes them)");
        }
        if (bad != null) {
            return new Problem(where, at, "page '" + id + "': " + bad);
        }
        if (placing == null) {
            placing = placing(id, where);
        }
        return new Read(CorpusPage.of(id, where, spots, placing.entry(), placing.outside(), merges), at);
    }

    /**
     * One annotation object, the parser on its start: a {@link Spot}, or null when begin, end or text
     * is missing. Streamed by hand, not read as a tree: a tree wants an ObjectMapper, whose start-up
     * alone took a quarter of a second of the command's time.
     */
    private static Spot spot(String layer, JsonParser p) throws IOException {
        Integer begin = null;
        Integer end = null;
        String text = null;
        Map<String, String> features = new LinkedHashMap<>();
        List<String> holders = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "begin" -> begin = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
                case "end" -> end = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
                case "text" -> text = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "features" -> {
                    if (value == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            JsonToken v = p.nextToken();
                            if (v.isScalarValue()) {
                                features.put(name, p.getText());
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                case "holders" -> {
                    if (value == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String name = p.currentName();
                                JsonToken v = p.nextToken();
                                if (name.equals("text") && v == JsonToken.VALUE_STRING) {
                                    holders.add(p.getText());
                                } else {
                                    p.skipChildren();
                                }
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        return begin == null || end == null || text == null ? null
                : new Spot(layer, begin, end, text, features, holders);
    }

    public List<CorpusPage> pages() {
        return pages;
    }

    /** Problems of the files read and of the manifest (its rows that named no page read). */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(manifest.problems());
        return all;
    }
}
