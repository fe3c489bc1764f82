package io.github.tifa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.uima.resource.ExternalResourceDescription;

import io.github.tifa.byline.BylineAnnotator;
import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.Lexicons;
import io.github.tifa.meeting.MeetingAnnotator;
import io.github.tifa.person.PersonAnnotator;
import io.github.tifa.reflow.CreditLineAnnotator;
import io.github.tifa.reflow.Reflow;
import io.github.tifa.slogan.SloganAnnotator;
import io.github.tifa.structure.ArticleAnnotator;
import io.github.tifa.title.TitleAnnotator;

/**
 * The lexicons of a pipeline, and a user's own without rebuilding: a directory holding files named
 * like the built-in lexicons ({@code posts.txt}, {@code slogans_national.txt}, …). Each file extends
 * the built-in lexicon of the same name (its entries win over built-in ones with the same key); a
 * file whose first line is {@value #REPLACE} replaces it. Every lexicon becomes one
 * {@link LexiconResource}, loaded once and shared by every component that reads it.
 */
public final class UserLexicons {
    /** First line of a user lexicon that replaces the built-in one instead of extending it. */
    public static final String REPLACE = "#replace";

    /** Where a lexicon file is used: which annotator, under which resource key. */
    private record Use(Class<?> annotator, String key) {
    }

    private static final Map<String, List<Use>> USES = new LinkedHashMap<>();

    static {
        for (Class<?> credits : List.of(Reflow.class, ArticleAnnotator.class, BylineAnnotator.class)) {
            use("byline_roles.txt", credits, CreditLineAnnotator.PARAM_ROLE_LEXICON);
            use("byline_agencies.txt", credits, CreditLineAnnotator.PARAM_AGENCY_LEXICON);
            use("byline_context.txt", credits, CreditLineAnnotator.PARAM_BYLINE_CONTEXT_LEXICON);
            use("byline_patterns.txt", credits, CreditLineAnnotator.PARAM_PATTERNS);
            use("numerals.txt", credits, CreditLineAnnotator.PARAM_NUMERAL_LEXICON);
            use("surnames.txt", credits, CreditLineAnnotator.PARAM_SURNAME_LEXICON);
        }
        use("byline_context.txt", PersonAnnotator.class, PersonAnnotator.PARAM_BYLINE_CONTEXT_LEXICON);
        use("numerals.txt", PersonAnnotator.class, PersonAnnotator.PARAM_NUMERAL_LEXICON);
        use("numerals.txt", TitleAnnotator.class, TitleAnnotator.PARAM_NUMERAL_LEXICON);
        use("numerals.txt", MeetingAnnotator.class, MeetingAnnotator.PARAM_NUMERAL_LEXICON);
        use("numerals.txt", SloganAnnotator.class, SloganAnnotator.PARAM_NUMERAL_LEXICON);
        use("posts.txt", PersonAnnotator.class, PersonAnnotator.PARAM_POST_LEXICON);
        use("posts.txt", TitleAnnotator.class, TitleAnnotator.PARAM_POST_LEXICON);
        use("surnames.txt", PersonAnnotator.class, PersonAnnotator.PARAM_SURNAME_LEXICON);
        use("person_context.txt", PersonAnnotator.class, PersonAnnotator.PARAM_CONTEXT_LEXICON);
        use("places.txt", PersonAnnotator.class, PersonAnnotator.PARAM_PLACE_LEXICON);
        use("places.txt", TitleAnnotator.class, TitleAnnotator.PARAM_PLACE_LEXICON);
        use("organs.txt", TitleAnnotator.class, TitleAnnotator.PARAM_ORGAN_LEXICON);
        use("levels.txt", PersonAnnotator.class, PersonAnnotator.PARAM_LEVEL_LEXICON);
        use("levels.txt", TitleAnnotator.class, TitleAnnotator.PARAM_LEVEL_LEXICON);
        use("levels.txt", MeetingAnnotator.class, MeetingAnnotator.PARAM_LEVEL_LEXICON);
        use("title_context.txt", TitleAnnotator.class, TitleAnnotator.PARAM_CONTEXT_LEXICON);
        use("meeting_heads.txt", MeetingAnnotator.class, MeetingAnnotator.PARAM_HEAD_LEXICON);
        use("meeting_context.txt", MeetingAnnotator.class, MeetingAnnotator.PARAM_CONTEXT_LEXICON);
        use("meeting_types.txt", MeetingAnnotator.class, MeetingAnnotator.PARAM_TYPE_LEXICON);
        use("meeting_patterns.txt", MeetingAnnotator.class, MeetingAnnotator.PARAM_PATTERNS);
        use("slogans_national.txt", SloganAnnotator.class, SloganAnnotator.PARAM_FORMULA_LEXICON);
        use("slogan_context.txt", SloganAnnotator.class, SloganAnnotator.PARAM_CONTEXT_LEXICON);
    }

    private static void use(String file, Class<?> annotator, String key) {
        USES.computeIfAbsent(file, k -> new ArrayList<>()).add(new Use(annotator, key));
    }

    private UserLexicons() {
    }

    /** The names of the lexicons a user may extend or replace. */
    public static List<String> names() {
        return List.copyOf(USES.keySet());
    }

    /**
     * The resource bindings (key, {@link LexiconResource} description pairs) per annotator class: one
     * description per lexicon, shared by all its users, so that a pipeline loads each lexicon once.
     * With {@code dir} null, the built-in lexicons; else the user lexicons in {@code dir} extend or
     * replace them.
     *
     * @throws IOException when {@code dir} is not a directory or holds a file that is no known lexicon
     */
    public static Map<Class<?>, List<Object>> resources(Path dir) throws IOException {
        Map<String, String> locations = new LinkedHashMap<>();
        for (String name : names()) {
            locations.put(name, Lexicons.BUILT_IN + name);
        }
        if (dir != null) {
            locations.putAll(userLocations(dir));
        }
        Map<Class<?>, List<Object>> result = new LinkedHashMap<>();
        locations.forEach((name, location) -> {
            ExternalResourceDescription lexicon = LexiconResource.describe(location);
            for (Use use : USES.get(name)) {
                List<Object> params = result.computeIfAbsent(use.annotator(), k -> new ArrayList<>());
                params.add(use.key());
                params.add(lexicon);
            }
        });
        return result;
    }

    private static Map<String, String> userLocations(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a directory; expected a directory of lexicon files "
                    + "named like the built-in ones: " + String.join(", ", names()));
        }
        Map<String, String> locations = new LinkedHashMap<>();
        TreeSet<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!USES.containsKey(name)) {
                    unknown.add(name);
                    continue;
                }
                locations.put(name, replaces(file) ? file.toAbsolutePath().toString()
                        : Lexicons.BUILT_IN + name + LexiconTrie.SEPARATOR + file.toAbsolutePath());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IOException(dir + ": " + String.join(", ", unknown) + " is no lexicon tifa knows; expected one of "
                    + String.join(", ", names()));
        }
        return locations;
    }

    private static boolean replaces(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty()).findFirst().map(REPLACE::equals).orElse(false);
        }
    }
}
