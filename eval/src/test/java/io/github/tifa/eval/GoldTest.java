package io.github.tifa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Checks every gold file against its raw text and the annotation scheme. */
class GoldTest {
    static final Path GOLD = Path.of(System.getProperty("tifa.gold", "../gold"));
    /** Gold on the real pages: {@code <id>.ann} here, the page itself in {@code seeds/}. */
    static final Path SEED_GOLD = GOLD.resolve("seed");
    static final Path SEEDS = GOLD.resolveSibling("seeds");

    private static final Set<String> TYPES = Set.of("Article", "Headline", "Byline", "Contributor", "Person",
            "OfficialTitle", "Meeting", "Slogan");
    private static final Set<String> MEETING_TYPES = Set.copyOf(io.github.tifa.lexicon.LexiconSchema.meetingTypes());
    private static final Set<String> SCHEME_MEETING_TYPES = Set.of("PARTY_COMMITTEE", "PLENARY", "EXECUTIVE",
            "WORK_CONFERENCE", "MOBILIZATION", "PROGRESS", "SYMPOSIUM", "STUDY", "LIFE_MEETING", "CEREMONY",
            "COMMEMORATION", "PRESS", "OTHER");
    private static final Set<String> ROLES = Set.of("记者", "通讯员", "实习生", "见习记者", "特约记者", "摄影");
    /** Features each type must carry, and the features it may carry. */
    private static final Map<String, List<String>> REQUIRED = Map.of("Byline", List.of(),
            "Contributor", List.of("role"), "OfficialTitle", List.of("post"), "Meeting", List.of("meetingType", "held"),
            "Slogan", List.of("numeric", "quoted"));
    private static final Map<String, Set<String>> ALLOWED = Map.of("Byline", Set.of("agency", "place", "dateline"),
            "Contributor", Set.of("role"), "OfficialTitle", Set.of("post", "organization"),
            "Meeting", Set.of("meetingType", "held", "term", "session", "mode"), "Slogan", Set.of("numeric", "quoted"));
    private static final Pattern FRAGMENTS = Pattern.compile("^T\\d+\\t\\S+ ([\\d ;]+)\\t(.*)$");
    private static final String QUOTES = "“”‘’「」『』\"'";

    @org.junit.jupiter.api.Test
    void builtInMeetingTypesAreTheSchemes() {
        assertThat(MEETING_TYPES).isEqualTo(SCHEME_MEETING_TYPES);
    }

    @TestFactory
    Stream<DynamicTest> goldFilesAreValid() throws IOException {
        List<Path> files = Stream.concat(annFiles(GOLD), annFiles(SEED_GOLD)).toList();
        assertThat(files).as("gold files in %s", GOLD.toAbsolutePath()).isNotEmpty();
        assertThat(annFiles(SEED_GOLD)).as("gold for the real page in %s", SEED_GOLD.toAbsolutePath()).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static Stream<Path> annFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".ann")).sorted().toList().stream();
        }
    }

    private static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path textFile = file.getParent().equals(SEED_GOLD) ? SEEDS.resolve(name.replace(".ann", ".txt"))
                : file.resolveSibling(name.replace(".ann", ".txt"));
        assertThat(textFile).as("raw text of %s", name).exists();
        String raw = Files.readString(textFile);
        int[] cps = raw.codePoints().toArray();
        String content = Files.readString(file);
        BratAnn ann = BratAnn.parse(content, name);
        for (String line : content.split("\n")) {
            Matcher m = FRAGMENTS.matcher(line);
            if (!m.matches()) {
                continue;
            }
            StringBuilder covered = new StringBuilder();
            String[] fragments = m.group(1).split(";");
            for (String fragment : fragments) {
                String[] be = fragment.trim().split(" ");
                int b = Integer.parseInt(be[0]);
                int e = Integer.parseInt(be[1]);
                assertThat(e).as("%s: %s inside the text", name, line).isLessThanOrEqualTo(cps.length);
                String text = new String(cps, b, e - b);
                assertThat(text).as("%s: fragment of %s", name, line).doesNotContain("\n");
                if (covered.length() > 0) {
                    covered.append(' ');
                }
                covered.append(text);
            }
            assertThat(covered.toString()).as("%s: covered text of %s", name, line).isEqualTo(m.group(2));
        }
        for (BratAnn.Span s : ann.spans()) {
            assertThat(TYPES).as("%s: type of %s", name, s).contains(s.type());
            String first = new String(cps, s.begin(), 1);
            String last = new String(cps, s.end() - 1, 1);
            assertThat(first.isBlank() || QUOTES.contains(first)).as("%s: %s starts on space or quote", name, s).isFalse();
            assertThat(last.isBlank() || QUOTES.contains(last)).as("%s: %s ends on space or quote", name, s).isFalse();
            for (String required : REQUIRED.getOrDefault(s.type(), List.of())) {
                assertThat(s.attributes()).as("%s: %s needs %s", name, s, required).containsKey(required);
            }
            assertThat(ALLOWED.getOrDefault(s.type(), Set.of())).as("%s: features of %s", name, s)
                    .containsAll(s.attributes().keySet());
            s.attributes().forEach((k, v) -> assertThat(v).as("%s: %s of %s", name, k, s).isNotBlank());
            switch (s.type()) {
                case "Meeting" -> {
                    assertThat(MEETING_TYPES).contains(s.attribute("meetingType"));
                    assertThat(s.attribute("held")).isIn("true", "false");
                }
                case "Slogan" -> {
                    assertThat(s.attribute("numeric")).isIn("true", "false");
                    assertThat(s.attribute("quoted")).isIn("true", "false");
                }
                case "Contributor" -> {
                    assertThat(ROLES).contains(s.attribute("role"));
                    assertThat(ann.spans()).as("%s: Contributor %s is also a Person", name, s).anyMatch(p ->
                            p.type().equals("Person") && p.begin() == s.begin() && p.end() == s.end());
                }
                case "OfficialTitle" -> {
                    String text = s.text().replaceAll("\\s", "");
                    assertThat(text).as("%s: post of %s ends the span", name, s).endsWith(s.attribute("post"));
                    assertThat(text).as("%s: organization + post = span", name)
                            .isEqualTo(s.attribute("organization") + s.attribute("post"));
                }
                default -> {
                }
            }
        }
        for (BratAnn.Relation r : ann.relations()) {
            assertThat(r.type()).isEqualTo("TitleOf");
            assertThat(ann.span(r.governor()).type()).as("%s: %s governor", name, r.id()).isEqualTo("OfficialTitle");
            assertThat(ann.span(r.dependent()).type()).as("%s: %s dependent", name, r.id()).isEqualTo("Person");
        }
        List<BratAnn.Span> articles = ann.spans().stream().filter(s -> s.type().equals("Article")).toList();
        for (int i = 1; i < articles.size(); i++) {
            assertThat(articles.get(i).begin()).as("%s: articles do not overlap", name)
                    .isGreaterThanOrEqualTo(articles.get(i - 1).end());
        }
    }

    @TestFactory
    Stream<DynamicTest> goldTextIsTheSourcePage() throws IOException {
        try (Stream<Path> s = Files.list(GOLD)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream()
                    .map(t -> DynamicTest.dynamicTest(t.getFileName().toString(), () -> {
                        Path sample = GOLD.resolveSibling("samples").resolve(t.getFileName());
                        Path seed = GOLD.resolveSibling("seeds").resolve(t.getFileName());
                        Path source = Files.exists(seed) ? seed : sample;
                        assertThat(source).as("source page of %s", t).exists();
                        assertThat(Files.readAllBytes(t)).isEqualTo(Files.readAllBytes(source));
                    }));
        }
    }
}
