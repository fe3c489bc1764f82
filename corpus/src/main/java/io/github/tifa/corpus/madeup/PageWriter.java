package io.github.tifa.corpus.madeup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes one made-up page (two to four short articles) and notes what it printed: each holder named
 * with organisation and post, each quoted slogan, each meeting held or cited. The layout is a PDF
 * page's text as tifa reads it: a byline that runs into the body, body lines broken at a fixed width
 * (inside words too), paragraphs apart by a blank line, the headline printed after the body.
 *
 * <p>Forms left out, because the scheme would count them where the truth does not: a slogan term
 * repeated without quotation marks (the scheme counts an unquoted repeat of a term the page quoted),
 * a meeting named twice on a page in different words (the corpus keeps one meeting per name and
 * page, so two wordings would be two meetings), an office held by several people at once
 * (县委常委: no sequence of holders).
 */
final class PageWriter {
    /** The width of a body line, in characters (the samples' columns are about 20). */
    static final int WIDTH = 20;
    /** Punctuation a line may not start with: it stays at the end of the line before, as typesetters do. */
    private static final String NO_LINE_START = "，。、；：？！”）";

    /** A meeting as the corpus counts it: one per name, type and held on a page. */
    record Held(String name, String type, boolean held) {
    }

    /** What a page printed: posts as {organization, post, person}, slogans as printed, meetings. */
    record Facts(List<String[]> posts, List<String> slogans, Set<Held> meetings) {
    }

    private final Cast.Place place;
    private final LocalDate date;
    private final int month;
    private final int months;
    private final Random random;
    private final Facts facts = new Facts(new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>());
    /** Meetings this page already named: each is named by one article only, in one wording. */
    private final Set<String> named = new LinkedHashSet<>();

    PageWriter(Cast.Place place, LocalDate date, int month, int months, Random random) {
        this.place = place;
        this.date = date;
        this.month = month;
        this.months = months;
        this.random = random;
    }

    Facts facts() {
        return facts;
    }

    String write() {
        StringBuilder page = new StringBuilder();
        int articles = 2 + random.nextInt(3);
        for (int i = 0; i < articles; i++) {
            int kind = random.nextInt(3);
            Article a = kind == 0 ? meeting() : kind == 1 ? visit() : brief();
            page.append(a.layout());
        }
        return page.toString();
    }

    /** A body and its headline, laid out as printed. */
    private record Article(String byline, List<String> paragraphs, List<String> headline) {
        String layout() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < paragraphs.size(); i++) {
                out.append(wrap(i == 0 ? byline + paragraphs.get(i) : paragraphs.get(i))).append('\n');
            }
            for (String line : headline) {
                out.append(line).append('\n');
            }
            return out.append('\n').toString();
        }
    }

    /** Lines of {@code WIDTH} characters, broken wherever the width ends. */
    static String wrap(String paragraph) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (col >= WIDTH && NO_LINE_START.indexOf(c) < 0) {
                out.append('\n');
                col = 0;
            }
            out.append(c);
            col++;
        }
        return out.append('\n').toString();
    }

    private String byline() {
        String a = pick(Cast.REPORTERS);
        if (random.nextBoolean()) {
            return "本报讯（记者 " + a + "）";
        }
        String b;
        do {
            b = pick(Cast.REPORTERS);
        } while (b.equals(a));
        return "本报讯（记者 " + a + " 通讯员 " + b + "）";
    }

    private String lead() {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日，";
    }

    /** A meeting the place held, with one or two holders there and perhaps a cited meeting. */
    private Article meeting() {
        Cast.Meeting m = unnamed(Cast.HELD);
        if (m == null) {
            return visit();
        }
        List<Cast.Office> offices = new ArrayList<>(place.others());
        StringBuilder p1 = new StringBuilder(lead());
        String name;
        if (m == Cast.COMMITTEE) {
            name = m.with(place.unit());
            p1.append(title(place.secretary())).append("主持召开").append(name).append("。");
        } else {
            offices.add(place.secretary());
            Cast.Office first = offices.remove(random.nextInt(offices.size()));
            if (random.nextBoolean()) {
                // 青山县召开全县…会议: the organiser before 召开 is not part of the name
                name = m.with("全" + place.unit());
                p1.append(place.name()).append("召开").append(name).append("。");
            } else {
                name = m.with(random.nextBoolean() ? place.name() : "全" + place.unit());
                p1.append(name).append("在").append(place.name()).append(pick(Cast.SITES)).append("召开。");
            }
            p1.append(title(first)).append("出席会议并讲话");
            p1.append(random.nextBoolean() ? "，" + title(pick(offices)) + "主持会议。" : "。");
        }
        note(m, name, true);
        List<String> paragraphs = new ArrayList<>(List.of(p1.toString()));
        Cast.Meeting cited = random.nextBoolean() ? unnamed(Cast.CITED) : null;
        if (cited != null) {
            note(cited, cited.name(), false);
            paragraphs.add("会议传达学习了" + cited.name() + "精神。" + pick(Cast.AFTER_MEETING));
        }
        slogans(paragraphs, null, true);
        List<String> headline = random.nextInt(3) > 0 ? List.of(name + "召开")
                : List.of(place.name() + "部署" + pick(Cast.TOPICS) + "工作");
        return new Article(byline(), paragraphs, headline);
    }

    /** A holder's visit to a site of the place. */
    private Article visit() {
        Cast.Office office = pick(place.offices());
        String topic = pick(Cast.TOPICS);
        List<String> paragraphs = new ArrayList<>(List.of(lead() + title(office) + "到" + place.name()
                + pick(Cast.SITES) + "调研" + topic + "工作。" + pick(Cast.AFTER_VISIT)));
        slogans(paragraphs, holder(office), false);
        return new Article(byline(), paragraphs, List.of(holder(office) + "调研" + topic + "工作"));
    }

    /** A short item with slogans and no one named. */
    private Article brief() {
        String topic = pick(Cast.TOPICS);
        List<String> paragraphs = new ArrayList<>(List.of(lead() + "记者从" + place.name() + "有关部门获悉，今年以来，全"
                + place.unit() + topic + "工作稳步推进。"));
        slogans(paragraphs, null, false);
        return new Article(byline(), paragraphs, List.of(place.name() + topic, "工作取得新进展"));
    }

    /** Zero to two paragraphs with slogans (one or two each); {@code who} (may be null) speaks. */
    private void slogans(List<String> paragraphs, String who, boolean atMeeting) {
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String s = slogan();
            String text = switch (random.nextInt(who == null ? 3 : 4)) {
                case 0 -> (atMeeting ? "会议要求，" : "") + "要深入推进“" + printed(s) + "”，确保各项任务落到实处。";
                case 1 -> "近年来，" + place.name() + "坚持以“" + printed(s) + "”为抓手，推动各项工作提质增效。";
                case 2 -> {
                    String t = slogan();
                    yield t.equals(s) ? "要以“" + printed(s) + "”为抓手，久久为功。"
                            : "围绕“" + printed(s) + "”和“" + printed(t) + "”，各部门要主动担当、协同发力。";
                }
                default -> who + "指出，要持续深化“" + printed(s) + "”，切实增强群众获得感。";
            };
            paragraphs.add(text);
        }
    }

    /** A slogan, noted as printed once more. */
    private String printed(String slogan) {
        facts.slogans().add(slogan);
        return slogan;
    }

    /** A slogan chosen by the weights of this month. */
    private String slogan() {
        double t = months == 1 ? 0 : (double) month / (months - 1);
        double total = 0;
        for (Cast.Slogan s : Cast.SLOGANS) {
            total += s.weight().applyAsDouble(t);
        }
        double r = random.nextDouble() * total;
        for (Cast.Slogan s : Cast.SLOGANS) {
            r -= s.weight().applyAsDouble(t);
            if (s.weight().applyAsDouble(t) > 0 && r < 0) {
                return s.canonical();
            }
        }
        return Cast.SLOGANS.get(0).canonical();
    }

    /** The office's holder this month, printed in one of the office's forms, and noted. */
    private String title(Cast.Office office) {
        String who = holder(office);
        Cast.Form form = pick(office.forms());
        // printed without the place's name, the organisation is read within its paper: 县委（青山日报）
        facts.posts().add(new String[] {form.organization() + "（" + place.paper() + "）", form.post(), who});
        return form.printed() + who;
    }

    private String holder(Cast.Office office) {
        return office.holder(month, months);
    }

    /** A meeting of {@code list} this page has not named yet, or null. */
    private Cast.Meeting unnamed(List<Cast.Meeting> list) {
        List<Cast.Meeting> free = list.stream().filter(m -> !named.contains(m.name())).toList();
        return free.isEmpty() ? null : free.get(random.nextInt(free.size()));
    }

    private void note(Cast.Meeting m, String printed, boolean held) {
        named.add(m.name());
        facts.meetings().add(new Held(printed, m.type(), held));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
