package io.github.tifa.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.tifa.model.Punctuation;
import io.github.tifa.reflow.CreditGrammar.Position;
import io.github.tifa.reflow.PageLayout.Kind;
import io.github.tifa.type.Credit;
import io.github.tifa.type.LayoutLine;

/**
 * {@code article.body-then-headline}: the page's lines grouped into articles. An article runs from
 * a dateline or an opening credit line (or the end of the last headline block) to its headline
 * block; a credit alone before a dateline (□记者 王五⏎本报讯 …) opens the same article, and so does a photo's
 * caption right before the line that opens it (……开幕。韩冬 摄⏎3月2日，…: the photo is printed above its report); a
 * brief, printed without a headline, ends at its closing credit.
 */
final class ArticleBounds {
    static final String NAME = "article.body-then-headline";

    private ArticleBounds() {
    }

    /**
     * The page's lines grouped into articles, in page order; furniture belongs to none. An article
     * without a headline (a brief) ends at its closing credit: a closing credit line, or a closing credit of
     * {@code credits} (the raw view's) that ends its last line; a caption's credit marks where a photo's caption ends
     * with its photographer (……开幕。韩冬 摄) and closes no article.
     */
    static List<List<LayoutLine>> articles(List<LayoutLine> lines, Collection<Credit> credits) {
        Set<Integer> creditEnds = new HashSet<>(); // closing credits, also at the end of a body line
        Set<Integer> captionEnds = new HashSet<>();
        for (Credit credit : credits) {
            Position position = Position.valueOf(credit.getPosition());
            if (position == Position.CAPTION) {
                captionEnds.add(credit.getEnd());
            } else if (position == Position.CLOSING || position == Position.NAME_ONLY) {
                creditEnds.add(credit.getEnd());
            }
        }
        List<List<LayoutLine>> articles = new ArrayList<>();
        List<LayoutLine> current = new ArrayList<>();
        Kind previous = null;
        for (LayoutLine line : lines) {
            Kind kind = kind(line);
            if (kind != Kind.FURNITURE) {
                boolean afterHeadline = previous == Kind.HEADLINE && kind != Kind.HEADLINE;
                // the photo is printed above its report: a caption right before the line that opens it goes with it
                List<LayoutLine> captions = kind.opensArticle() ? trailingCaptions(current, captionEnds) : List.of();
                boolean captionsAlone = !current.isEmpty() && captions.size() == current.size()
                        || (kind == Kind.DATELINE || kind == Kind.DATED_LEAD) && oneSentenceAlone(current);
                boolean newArticle = kind.opensArticle() && hasBody(current) && previous != Kind.HEADLINE && !captionsAlone;
                LayoutLine last = current.isEmpty() ? null : current.get(current.size() - 1);
                boolean afterBrief = kind == Kind.BODY && last != null && !"JOIN".equals(last.getBreakAfter())
                        && (previous == Kind.CLOSING_CREDIT || creditEnds.contains(last.getEnd()));
                if (!current.isEmpty() && (afterHeadline || newArticle || afterBrief)) {
                    List<LayoutLine> opening = newArticle ? captions : List.of();
                    articles.add(new ArrayList<>(current.subList(0, current.size() - opening.size())));
                    current = new ArrayList<>(opening);
                }
                current.add(line);
            }
            previous = kind;
        }
        if (!current.isEmpty()) {
            articles.add(current);
        }
        return articles;
    }

    /**
     * The paragraphs at the end of {@code lines} that are photos' captions, each ending with its photographer
     * (……开幕。韩冬 摄); none when the last paragraph is none.
     */
    private static List<LayoutLine> trailingCaptions(List<LayoutLine> lines, Set<Integer> captionEnds) {
        int first = lines.size();
        while (first > 0 && captionEnds.contains(lines.get(first - 1).getEnd())) {
            first--; // the caption's last line
            while (first > 0 && "JOIN".equals(lines.get(first - 1).getBreakAfter())) {
                first--;
            }
        }
        return lines.subList(first, lines.size());
    }

    /** Lines of a caption printed without its photographer, at most. */
    private static final int MAX_CAPTION_LINES = 2;

    /**
     * {@code lines} are one short paragraph of one sentence without a comma (图为…调研。 before 本报讯 …, 会议现场。 before
     * 3月2日下午，…), all of an article so far: the caption of the photo printed above the report that the dateline or
     * the dated lead after it opens.
     */
    private static boolean oneSentenceAlone(List<LayoutLine> lines) {
        if (lines.isEmpty() || lines.size() > MAX_CAPTION_LINES || !oneParagraph(lines)) {
            return false;
        }
        String text = String.join("", lines.stream().map(LayoutLine::getCoveredText).toList()).strip();
        for (int i = 0; i < text.length(); i++) {
            if (Punctuation.PAUSES.has(text.charAt(i))) {
                return false; // 会议要求，…。: a clause of body text, not a caption
            }
            if (Punctuation.SENTENCE_STOPS.has(text.charAt(i))) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    private static boolean oneParagraph(List<LayoutLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!"JOIN".equals(lines.get(i).getBreakAfter())) {
                return false;
            }
        }
        return true;
    }

    /** Something beyond the credit lines that open an article (□记者 王五⏎本报讯 …). */
    private static boolean hasBody(List<LayoutLine> lines) {
        return lines.stream().map(ArticleBounds::kind).anyMatch(k -> k != Kind.HEADLINE && k != Kind.CREDIT);
    }

    static Kind kind(LayoutLine line) {
        return Kind.valueOf(line.getKind());
    }
}
