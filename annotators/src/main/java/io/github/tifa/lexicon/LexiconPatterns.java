package io.github.tifa.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An annotator's text patterns, kept as data ({@code meeting_patterns.txt}): one named Java regular
 * expression a line, in which {@code {CLASS}} stands for the words of that class in the annotator's
 * lexicons ({@code {ORDINAL}} for 一 二 … 十 of {@code numerals.txt}, {@code {MODE}} for 视频 and
 * 电视电话 of {@code meeting_context.txt}). A user's file of the same name replaces single patterns.
 * A missing or unknown name, an unknown class or a bad expression is an error naming file and line.
 */
public final class LexiconPatterns {
    private static final Pattern MACRO = Pattern.compile("\\{([A-Z_]+)\\}");

    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    /**
     * Compiles the patterns of {@code file}; {@code names} are the ones the annotator uses, and
     * {@code classes} the lexicons whose word classes the patterns may name.
     *
     * @throws IllegalArgumentException naming the file and line of what is wrong
     */
    public LexiconPatterns(LexiconTrie file, Set<String> names, LexiconTrie... classes) {
        String where = file.lexicon().name();
        for (Lexicon.Entry e : file.lexicon().entries()) {
            if (!names.contains(e.key())) {
                throw new IllegalArgumentException(String.format("%s line %d: no pattern is named '%s'; expected one of %s",
                        where, e.line(), e.key(), String.join(", ", names)));
            }
            String regex = expand(where, e, classes);
            try {
                patterns.put(e.key(), Pattern.compile(regex));
            } catch (PatternSyntaxException x) {
                throw new IllegalArgumentException(String.format("%s line %d: pattern %s is no regular expression: %s",
                        where, e.line(), e.key(), x.getDescription() + " near index " + x.getIndex()));
            }
        }
        for (String name : names) {
            if (!patterns.containsKey(name)) {
                throw new IllegalArgumentException(where + ": pattern " + name + " is missing");
            }
        }
    }

    private static String expand(String where, Lexicon.Entry e, LexiconTrie... classes) {
        Matcher m = MACRO.matcher(e.column(0));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<String> words = new ArrayList<>();
            for (LexiconTrie lexicon : classes) {
                words.addAll(lexicon.words(m.group(1)));
            }
            if (words.isEmpty()) {
                List<String> files = new ArrayList<>();
                for (LexiconTrie lexicon : classes) {
                    files.add(lexicon.fileName());
                }
                throw new IllegalArgumentException(String.format("%s line %d: {%s} is no word class of %s",
                        where, e.line(), m.group(1), String.join(", ", files)));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(alternatives(words)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** {@code [一二三]} for single characters, else {@code (?:电视电话|视频)}, longest first. */
    private static String alternatives(List<String> words) {
        boolean chars = words.stream().allMatch(w -> w.length() == 1);
        StringBuilder sb = new StringBuilder(chars ? "[" : "(?:");
        for (String w : words) {
            if (!chars && sb.length() > 3) {
                sb.append('|');
            }
            sb.append(chars ? w.replaceAll("([\\\\\\[\\]^&-])", "\\\\$1") : Pattern.quote(w));
        }
        return sb.append(chars ? "]" : ")").toString();
    }

    /** The pattern {@code name}. */
    public Pattern get(String name) {
        Pattern p = patterns.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no pattern " + name);
        }
        return p;
    }
}
