package io.github.tifa.lexicon;

import java.util.List;

/**
 * A word class of one lexicon file (the second column: {@code 传达	LEFT_STOP,CITE_BEFORE}). The rules
 * name classes through these constants, so a misspelt class does not compile, and
 * {@link LexiconSchema} takes from them what a file may hold, so a misspelt class in a user's file
 * fails at start-up with the file, the line and the classes it allows.
 */
public interface WordClass {

    /** The class as lexicon files spell it. */
    String name();

    /** byline_agencies.txt */
    enum Agency implements WordClass { OUTLET, AGENCY, OUTLET_SUFFIX }

    /** byline_roles.txt: a word that closes a credit (报道) or a credit note that is no name (文/图); the rest are roles. */
    enum RoleNote implements WordClass { END, SKIP, UNNAMED }

    /** byline_context.txt */
    enum BylineContext implements WordClass { MARK, KIND, CITING, OFFICE_END, RECENTLY, DAYTIME, SOURCE, STAFF, BRACKETED_KIND, SPEECH }

    /** numerals.txt */
    enum Numeral implements WordClass { NUMERAL, ORDINAL, FORMULA }

    /** posts.txt */
    enum Post implements WordClass { PARTY, GOV, LEGIS, DEPT, JUD, STATE, MIL, MASS, ENT, RANK, LEVEL, AFTER_ORGAN, MEMBER }

    /** levels.txt */
    enum Level implements WordClass { NATIONAL, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE, ZONE }

    /** organs.txt */
    enum Organ implements WordClass { DEPT, ENT, MASS, CENTRAL, GOV, PARTY, DISC, VILL, JUD, DEMP, LEGIS, CPPCC, AFTER_LEVEL }

    /** places.txt: administrative division, city, province. */
    enum Place implements WordClass { A, C, P }

    /** person_context.txt */
    enum PersonContext implements WordClass {
        AFTER_NAME, FOLLOWER, NOT_NAME, NAME_OF_PLACE_OR_ORG, BEFORE_NAME, ORGAN_END, HOMESTEAD, HOMESTEAD_END, PROVINCE_SHORT
    }

    /** meeting_context.txt */
    enum MeetingContext implements WordClass {
        LEFT_STOP, DEMONSTRATIVE, CITE_BEFORE, CITE_AFTER, SCOPE, MODE, POSITION, CONTINUES_HEAD, CONJUNCTION, JOINER,
        ASPECT, ETC, PLENUM_ORDINAL, NAME_PART, HELD_VERB, FUTURE, PAST, UNSPECIFIC, DATELINE_END, OWN_AGENDA, DRAFT, ADOPTING, SESSION_BODY, COUNTS_AFTER,
        SPEECH_OCCASION, COUNTING, STUDIES, THEME_END, THEME_KIND, GOVERNS_NAME, RELATIVE, JOINED_HEAD
    }

    /** title_context.txt */
    enum TitleContext implements WordClass {
        ORGAN_SUFFIX, COLLECTIVE_AFTER, ORGAN_END, CLAUSE_LINK, MEASURE, GRADE, HOLDER_AFTER, COPULA, HOLDER_BEFORE, FORMER, ACTING,
        CONCURRENT, ALONE_AFTER, PRINCIPAL, DETERMINER, ORGAN_VERB, OPEN_LIST,
        APPOINTED_TO, HONORIFIC, LED_BY, UNDER_OPENS, UNDER_WHICH, FOUNDS, SHORT_ORGAN_END, TERM_END, ORDINAL_MARK
    }

    /** slogan_context.txt */
    enum SloganContext implements WordClass { LABELS, IN_PLACE, SET_MEASURE, ALIAS_CUE, FIGURE, NAMED_THING, TERM, THEME_BEFORE, CAMPAIGN_END, PLACE_NAME_END }

    /**
     * meeting_heads.txt, third column: a head too generic to name a meeting alone (会议), or one that names a
     * meeting held for the meeting named right before it (…会议预备会), which is then part of its name.
     */
    enum HeadNote implements WordClass { GENERIC, OF_MEETING, BODY }

    /** byline_roles.txt, third column: the role credits the name before it (陈某/图). */
    enum RoleTarget implements WordClass { PREVIOUS }

    /** The spelling of each class, in declaration order. */
    static String[] names(List<? extends WordClass> classes) {
        return classes.stream().map(WordClass::name).toArray(String[]::new);
    }
}
