package io.github.tifa.lexicon;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.tifa.lexicon.LexiconSchema.Column;
import io.github.tifa.lexicon.WordClass.Agency;
import io.github.tifa.lexicon.WordClass.BylineContext;
import io.github.tifa.lexicon.WordClass.HeadNote;
import io.github.tifa.lexicon.WordClass.Level;
import io.github.tifa.lexicon.WordClass.MeetingContext;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass.Organ;
import io.github.tifa.lexicon.WordClass.PersonContext;
import io.github.tifa.lexicon.WordClass.Place;
import io.github.tifa.lexicon.WordClass.Post;
import io.github.tifa.lexicon.WordClass.RoleNote;
import io.github.tifa.lexicon.WordClass.RoleTarget;
import io.github.tifa.lexicon.WordClass.SloganContext;
import io.github.tifa.lexicon.WordClass.TitleContext;

/**
 * The lexicon manifest: every lexicon file tifa reads, once, with what each column after the key
 * may hold. The schema a file is checked against follows from it ({@link LexiconSchema}), the word
 * classes the rules name are the {@link WordClass} enums it lists, and a user's lexicon directory
 * is wired to every component field marked {@link ReadsLexicon} with the file's constant.
 */
public enum LexiconFile {
    BYLINE_AGENCIES("byline_agencies.txt", classes(false, Agency.values())),
    BYLINE_ROLES("byline_roles.txt", Column.of(false, false, roles()),
            Column.of(false, true, rolesOrTargets())),
    BYLINE_CONTEXT("byline_context.txt", classes(true, BylineContext.values())),
    BYLINE_PATTERNS("byline_patterns.txt", Column.of(false, false)), // name, expression: names checked by the grammar
    NUMERALS("numerals.txt", classes(true, Numeral.values()), Column.of(false, false)), // class, value
    POSTS("posts.txt", classes(false, Post.values())),
    SURNAMES("surnames.txt"),
    PERSON_CONTEXT("person_context.txt", classes(true, PersonContext.values())),
    PLACES("places.txt", classes(false, Place.values())),
    ORGANS("organs.txt", classes(false, Organ.values())),
    LEVELS("levels.txt", classes(false, Level.values())),
    TITLE_CONTEXT("title_context.txt", classes(true, TitleContext.values())),
    // the type column is checked by MeetingAnnotator against meeting_types.txt, a user's included
    MEETING_HEADS("meeting_heads.txt", Column.of(false, false),
            Column.of(false, true, WordClass.names(List.of(HeadNote.values())))),
    MEETING_TYPES("meeting_types.txt", Column.of(false, true)),
    MEETING_CONTEXT("meeting_context.txt", classes(true, MeetingContext.values())),
    MEETING_PATTERNS("meeting_patterns.txt", Column.of(false, false)), // names checked by MeetingAnnotator
    SLOGANS_NATIONAL("slogans_national.txt", Column.of(false, true), Column.of(false, true, "true", "false")),
    SLOGAN_CONTEXT("slogan_context.txt", classes(true, SloganContext.values()));

    /** The built-in lexicon directory on the class path. */
    public static final String BUILT_IN = LexiconTrie.CLASSPATH + "io/github/tifa/lexicon/";

    private final String fileName;
    private final List<Column> columns;

    LexiconFile(String fileName, Column... columns) {
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    /** {@code posts.txt}: the name of the built-in file, and of a user's file that extends or replaces it. */
    public String fileName() {
        return fileName;
    }

    /** The built-in lexicon's location on the class path, for {@link LexiconTrie#read(String)}. */
    public String builtIn() {
        return BUILT_IN + fileName;
    }

    /** What each column after the key may hold; empty for a plain word list. */
    List<Column> columns() {
        return columns;
    }

    /** The lexicon whose file is named {@code fileName}, if tifa knows one. */
    public static Optional<LexiconFile> named(String fileName) {
        return Stream.of(values()).filter(f -> f.fileName.equals(fileName)).findFirst();
    }

    /** A column of word classes; {@code multi}: a word may have several, comma-separated. */
    private static Column classes(boolean multi, WordClass... classes) {
        return Column.of(multi, false, WordClass.names(List.of(classes)));
    }

    /** What a role word's third column may hold: PREVIOUS, or the role an END word gives the names before it (张三 摄). */
    private static String[] rolesOrTargets() {
        return Stream.concat(Stream.of(WordClass.names(List.of(RoleTarget.values()))),
                LexiconSchema.CONTRIBUTOR_ROLES.stream()).toArray(String[]::new);
    }

    /** Role words map to a Contributor.role of the scheme, or note how a credit goes on (END, SKIP). */
    private static String[] roles() {
        return Stream.concat(LexiconSchema.CONTRIBUTOR_ROLES.stream(),
                Stream.of(WordClass.names(List.of(RoleNote.values())))).toArray(String[]::new);
    }
}
