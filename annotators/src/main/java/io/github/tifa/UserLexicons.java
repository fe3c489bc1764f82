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

import io.github.tifa.byline.BylineAnnotator;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.Lexicons;
import io.github.tifa.meeting.MeetingAnnotator;
import io.github.tifa.person.PersonAnnotator;
import io.github.tifa.slogan.SloganAnnotator;
import io.github.tifa.reflow.Reflow;
import io.github.tifa.structure.ArticleAnnotator;
import io.github.tifa.title.TitleAnnotator;

/**
 * A user's own lexicons, without rebuilding: a directory holding files named like the built-in
 * lexicons ({@code posts.txt}, {@code slogans_national.txt}, …). Each file extends the built-in
 * lexicon of the same name (its entries win over built-in ones with the same key); a file whose
 * first line is {@value #REPLACE} replaces it.
 */
public final class UserLexicons {
    /** First line of a user lexicon that replaces the built-in one instead of extending it. */
    public static final String REPLACE = "#replace";

    /** Where a lexicon file is used: which annotator parameter. */
    private record Use(Class<?> annotator, String parameter) {
    }

    private static final Map<String, List<Use>> USES = new LinkedHashMap<>();

    static {
        use("byline_agencies.txt", BylineAnnotator.class, BylineAnnotator.PARAM_AGENCY_LEXICON);
        use("byline_roles.txt", BylineAnnotator.class, BylineAnnotator.PARAM_ROLE_LEXICON);
        use("byline_roles.txt", ArticleAnnotator.class, ArticleAnnotator.PARAM_ROLE_LEXICON);
        use("byline_agencies.txt", ArticleAnnotator.class, ArticleAnnotator.PARAM_AGENCY_LEXICON);
        use("byline_roles.txt", Reflow.class, Reflow.PARAM_ROLE_LEXICON);
        use("byline_agencies.txt", Reflow.class, Reflow.PARAM_AGENCY_LEXICON);
        use("posts.txt", PersonAnnotator.class, PersonAnnotator.PARAM_POST_LEXICON);
        use("posts.txt", TitleAnnotator.class, TitleAnnotator.PARAM_POST_LEXICON);
        use("surnames.txt", PersonAnnotator.class, PersonAnnotator.PARAM_SURNAME_LEXICON);
        use("surnames.txt", BylineAnnotator.class, BylineAnnotator.PARAM_SURNAME_LEXICON);
        use("person_context.txt", PersonAnnotator.class, PersonAnnotator.PARAM_CONTEXT_LEXICON);
        use("places.txt", PersonAnnotator.class, PersonAnnotator.PARAM_PLACE_LEXICON);
        use("places.txt", TitleAnnotator.class, TitleAnnotator.PARAM_PLACE_LEXICON);
        use("organs.txt", TitleAnnotator.class, TitleAnnotator.PARAM_ORGAN_LEXICON);
        use("levels.txt", TitleAnnotator.class, TitleAnnotator.PARAM_LEVEL_LEXICON);
        use("title_context.txt", TitleAnnotator.class, TitleAnnotator.PARAM_CONTEXT_LEXICON);
        use("meeting_heads.txt", MeetingAnnotator.class, MeetingAnnotator.PARAM_HEAD_LEXICON);
        use("meeting_context.txt", MeetingAnnotator.class, MeetingAnnotator.PARAM_CONTEXT_LEXICON);
        use("meeting_types.txt", MeetingAnnotator.class, MeetingAnnotator.PARAM_TYPE_LEXICON);
        use("levels.txt", MeetingAnnotator.class, MeetingAnnotator.PARAM_LEVEL_LEXICON);
        use("slogans_national.txt", SloganAnnotator.class, SloganAnnotator.PARAM_FORMULA_LEXICON);
        use("slogan_context.txt", SloganAnnotator.class, SloganAnnotator.PARAM_CONTEXT_LEXICON);
    }

    private static void use(String file, Class<?> annotator, String parameter) {
        USES.computeIfAbsent(file, k -> new ArrayList<>()).add(new Use(annotator, parameter));
    }

    private UserLexicons() {
    }

    /** The names of the lexicons a user may extend or replace. */
    public static List<String> names() {
        return List.copyOf(USES.keySet());
    }

    /**
     * The configuration parameters (name, value pairs) per annotator class for the user lexicons in
     * {@code dir}.
     *
     * @throws IOException when {@code dir} is not a directory or holds a file that is no known lexicon
     */
    public static Map<Class<?>, List<Object>> parameters(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a directory; expected a directory of lexicon files "
                    + "named like the built-in ones: " + String.join(", ", names()));
        }
        Map<Class<?>, List<Object>> result = new LinkedHashMap<>();
        TreeSet<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                List<Use> uses = USES.get(name);
                if (uses == null) {
                    unknown.add(name);
                    continue;
                }
                String location = replaces(file) ? file.toAbsolutePath().toString()
                        : Lexicons.BUILT_IN + name + LexiconTrie.SEPARATOR + file.toAbsolutePath();
                for (Use use : uses) {
                    List<Object> params = result.computeIfAbsent(use.annotator(), k -> new ArrayList<>());
                    params.add(use.parameter());
                    params.add(location);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IOException(dir + ": " + String.join(", ", unknown) + " is no lexicon tifa knows; expected one of "
                    + String.join(", ", names()));
        }
        return result;
    }

    private static boolean replaces(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty()).findFirst().map(REPLACE::equals).orElse(false);
        }
    }
}
