package io.github.tifa.io;

/**
 * brat's {@code visual.conf} for tifa's layers: a colour for each, readable labels with short forms
 * for narrow spans, the holder relation drawn dashed. Articles and headlines are pale, for when they
 * are written at all: brat draws a span's label on every line it covers, so by default
 * {@code tifa annotate} leaves them out of brat output ({@code --brat-blocks} puts them in).
 */
final class BratVisual {
    static final String FILE = "visual.conf";

    static final String CONF = """
            # brat display configuration for tifa output: one colour per layer, readable labels
            [labels]
            Article | Article | Art
            Headline | Headline | Head
            Byline | Byline | By
            Contributor | Contributor | Contr
            Person | Person | Per
            OfficialTitle | Official title | Title
            Meeting | Meeting | Mtg
            Slogan | Slogan | Slg
            TitleOf | holder | of

            [drawing]
            SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken
            ARC_DEFAULT\tcolor:black, arrowHead:triangle-5
            ATTRIBUTE_DEFAULT\tglyph:*
            Article\tbgColor:#f4f4f4, borderColor:#d8d8d8
            Headline\tbgColor:#e8e8e8, borderColor:#c8c8c8
            Byline\tbgColor:#ffd27f
            Contributor\tbgColor:#ffe8b0
            Person\tbgColor:#8fb8ff
            OfficialTitle\tbgColor:#c9a7f5
            Meeting\tbgColor:#8fd18f
            Slogan\tbgColor:#ff9f9f
            TitleOf\tcolor:#6a3d9a, dashArray:3-3
            held\tglyph:✓
            numeric\tglyph:#
            quoted\tglyph:“”
            """;

    private BratVisual() {
    }
}
