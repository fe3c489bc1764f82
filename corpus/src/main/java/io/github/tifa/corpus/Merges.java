package io.github.tifa.corpus;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person is their name within the organisation a title names: two 王伟 who were 书记 of the same
 * 青山县委 are one person, and one person named under two spellings of an organisation (区党工委（青山日报）,
 * 青山区党工委) is two. A merge file corrects both, as data: CSV columns {@code person, organization, from, to,
 * as_person, as_organization}. A mention whose name and organisation match a row (an empty cell
 * matches anything) and whose date lies within from..to (either may be empty) is counted as
 * {@code as_person} of {@code as_organization} (an empty cell keeps what was read). The first row
 * that matches wins.
 */
public final class Merges implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One correction. */
    public record Rule(String person, String organization, LocalDate from, LocalDate to, String asPerson,
            String asOrganization) implements Serializable {

        boolean matches(String p, String o, LocalDate date) {
            return (person.isEmpty() || person.equals(p)) && (organization.isEmpty() || organization.equals(o))
                    && (from == null || date != null && !date.isBefore(from))
                    && (to == null || date != null && !date.isAfter(to));
        }
    }

    private final List<Rule> rules;

    public Merges(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Merges none() {
        return new Merges(List.of());
    }

    /** Reads a merge file; rows that cannot be read are added to {@code problems} and skipped. */
    public static Merges read(Path file, List<Problem> problems) throws IOException {
        List<Rule> rules = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.read(file, List.of("person", "organization", "as_person", "as_organization"))) {
            LocalDate from = null;
            LocalDate to = null;
            boolean ok = true;
            for (String column : List.of("from", "to")) {
                String cell = row.get(column);
                if (cell.isEmpty()) {
                    continue;
                }
                Optional<LocalDate> d = PageDates.parse(cell);
                if (d.isEmpty()) {
                    problems.add(new Problem(file.toString(), row.line(), "cannot read the date '" + cell + "' in " + column));
                    ok = false;
                } else if (column.equals("from")) {
                    from = d.get();
                } else {
                    to = d.get();
                }
            }
            if (row.get("person").isEmpty() && row.get("organization").isEmpty()) {
                problems.add(new Problem(file.toString(), row.line(), "names neither a person nor an organization"));
                ok = false;
            }
            if (ok) {
                rules.add(new Rule(row.get("person"), row.get("organization"), from, to, row.get("as_person"),
                        row.get("as_organization")));
            }
        }
        return new Merges(rules);
    }

    /** The post mention as the merge file says to count it. */
    public Mention.Post apply(Mention.Post m, LocalDate date) {
        for (Rule r : rules) {
            if (r.matches(m.person(), m.organization(), date)) {
                return new Mention.Post(m.page(), m.begin(), m.end(), r.asPerson().isEmpty() ? m.person() : r.asPerson(),
                        r.asOrganization().isEmpty() ? m.organization() : r.asOrganization(), m.post());
            }
        }
        return m;
    }
}
