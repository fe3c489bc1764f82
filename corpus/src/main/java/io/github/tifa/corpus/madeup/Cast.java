package io.github.tifa.corpus.madeup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The made-up world the generated pages report on: two papers, each with its place, its offices and
 * their holders in succession, and the slogans and meetings its articles print. Every name here is
 * invented (places, people, slogans); none is meant to be a real official or a real policy term.
 */
final class Cast {
    private Cast() {
    }

    /** One holder of an office from a point in the corpus' span on (0 = its first month, 1 = past its last). */
    record Term(String person, double from) {
    }

    /**
     * One way to print an office before its holder's name ({@code 县委副书记、县长}) and the post it
     * gives with its organisation ({@code 县委}, {@code 副书记}); a bare post printed with it (县长) has no
     * organisation and no place in a holder sequence.
     */
    record Form(String printed, String organization, String post) {
    }

    /** An office, its holders in succession and the forms it is printed in. */
    record Office(List<Term> terms, List<Form> forms) {
        /** Who holds the office in month {@code m} of {@code months}. */
        String holder(int m, int months) {
            String who = terms.get(0).person();
            for (Term t : terms) {
                if (m >= Math.round(t.from() * months)) {
                    who = t.person();
                }
            }
            return who;
        }
    }

    /** A post printed {@code organization + post}. */
    private static Form form(String organization, String post) {
        return new Form(organization + post, organization, post);
    }

    private static List<Term> terms(Object... personFrom) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < personFrom.length; i += 2) {
            terms.add(new Term((String) personFrom[i], ((Number) personFrom[i + 1]).doubleValue()));
        }
        return terms;
    }

    /** A slogan (without its quotation marks) and how often it is chosen in month {@code t} (0..1 through the span). */
    record Slogan(String canonical, DoubleUnaryOperator weight) {
    }

    /** A meeting name with {@code {Q}} for its qualifier (青山县, 全县), and its scheme type. */
    record Meeting(String name, String type) {
        String with(String qualifier) {
            return name.replace("{Q}", qualifier);
        }
    }

    /**
     * What one paper covers: its place (青山县), the place's level (县), the party secretary's office
     * (who chairs the committee's meetings) and the other offices.
     */
    record Place(String paper, String name, String unit, Office secretary, List<Office> others) {
        List<Office> offices() {
            List<Office> all = new ArrayList<>(List.of(secretary));
            all.addAll(others);
            return all;
        }
    }

    /*
     * The offices are printed without the place's name (县委书记, not 青山县委书记), as a county's own
     * paper prints them: tifa extends an organisation to the left only over the places it knows (real
     * ones), so it would read 青山县委书记 as 县委 where the scheme has 青山县委. No holder's name begins
     * with a character that joins the post before it into a place: 区长宁… reads as 长宁 (a real district).
     */
    static final List<Place> PLACES = List.of(
            new Place("青山日报", "青山县", "县",
                    new Office(terms("欧阳青", 0, "柳岸明", 0.5), List.of(form("县委", "书记"))),
                    List.of(new Office(terms("司马言", 0, "顾南舟", 0.3, "韦清和", 0.75), List.of(
                            new Form("县委副书记、县长", "县委", "副书记"), form("县人民政府", "县长"))),
                            new Office(terms("苏望川", 0, "谭杉", 0.6), List.of(form("县教育局", "局长"),
                                    new Form("县教育局党组书记、局长", "县教育局党组", "书记"))),
                            new Office(terms("严慕华", 0, "石家宁", 0.65), List.of(form("县政协", "主席"))))),
            new Place("青禾日报", "青禾区", "区",
                    new Office(terms("祁远航", 0, "蓝静怡", 0.45), List.of(form("区委", "书记"))),
                    List.of(new Office(terms("黎振川", 0, "范知远", 0.55, "钟若水", 0.85), List.of(
                            new Form("区委副书记、区长", "区委", "副书记"), form("区政府", "区长"))),
                            new Office(terms("陶一鸣", 0, "贺岚", 0.35), List.of(form("区农业农村局", "局长"))),
                            new Office(terms("白松年", 0, "江晚晴", 0.4, "许嘉木", 0.8),
                                    List.of(form("区人大常委会", "主任"))))));

    /** Slogans with chosen shapes over time: steady, rising, falling, new from a month on, gone after one. */
    static final List<Slogan> SLOGANS = List.of(
            new Slogan("三个一批", t -> 3),
            new Slogan("快办快结", t -> 1 + 4 * t),
            new Slogan("四治同步", t -> t >= 0.4 ? 3 : 0),
            new Slogan("1345", t -> t <= 0.6 ? 3 : 0),
            new Slogan("田长制", t -> 1),
            new Slogan("五心服务", t -> t >= 0.25 ? 2 : 0));

    /** The party committee's meeting, which its secretary chairs (县委常委会会议). */
    static final Meeting COMMITTEE = new Meeting("{Q}委常委会会议", "PARTY_COMMITTEE");

    /** Meetings a place holds (its articles report them held). */
    static final List<Meeting> HELD = List.of(COMMITTEE,
            new Meeting("{Q}安全生产工作会议", "WORK_CONFERENCE"),
            new Meeting("{Q}农业农村工作会议", "WORK_CONFERENCE"),
            new Meeting("{Q}重点项目建设推进会", "PROGRESS"),
            new Meeting("{Q}创建文明城市动员大会", "MOBILIZATION"),
            new Meeting("{Q}民营企业家座谈会", "SYMPOSIUM"),
            new Meeting("{Q}劳动模范表彰大会", "COMMEMORATION"));

    /** Meetings of the made-up city above both places, which articles only cite (传达学习…精神). */
    static final List<Meeting> CITED = List.of(
            new Meeting("青川市委经济工作会议", "WORK_CONFERENCE"),
            new Meeting("中共青川市委五届七次全体会议", "PLENARY"),
            new Meeting("青川市重点项目建设推进会", "PROGRESS"));

    static final List<String> REPORTERS = List.of("方小禾", "郑一帆", "孔令溪", "石慧", "杜晓棠", "邱明远");

    static final List<String> SITES = List.of("城关镇", "经济开发区", "东坪乡", "南溪镇", "柳塘村", "产业园区");

    static final List<String> TOPICS = List.of("安全生产", "防汛备汛", "秋粮收购", "项目建设", "人居环境整治");

    /** Sentences that mention nothing the corpus counts: after a meeting, after a visit. */
    static final List<String> AFTER_MEETING = List.of(
            "与会人员围绕有关议题作了交流发言。",
            "会议还研究了其他事项。",
            "各乡镇、各部门负责同志参加会议。",
            "会议对下一阶段工作作了具体安排。");
    static final List<String> AFTER_VISIT = List.of(
            "据介绍，该项目总投资约8亿元，预计明年年底建成投用。",
            "今年以来，相关工作稳步推进，群众满意度持续提升。",
            "调研中，大家详细了解了项目进度和存在的困难。",
            "在施工现场，负责同志介绍了工程进展情况。");
}
