package io.github.tifa.byline;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import io.github.tifa.reflow.Alignments;
import io.github.tifa.reflow.CreditGrammar.Position;
import io.github.tifa.reflow.CreditReader;
import io.github.tifa.reflow.CreditGrammar;
import io.github.tifa.reflow.CreditLineAnnotator;
import io.github.tifa.type.Byline;
import io.github.tifa.type.Contributor;
import io.github.tifa.type.Credit;

/**
 * Turns each credit that Reflow found ({@link Credit}, view raw) into a {@link Byline} (电头 and
 * 署名) and the {@link Contributor}s it names, reading agency, place, date and names with the
 * same {@link CreditGrammar}. The rule is the credit's position:
 * <ul>
 * <li>{@code byline.dateline}: 本报济宁讯（记者 曹俐 通讯员 康凯）, 新华社北京3月5日电（记者 张三）;</li>
 * <li>{@code byline.credit-line}: 本报记者 王五, □本报记者 张  三 通讯员 李四 opening a paragraph;</li>
 * <li>{@code byline.trailing-credit}: ……。（记者 赵六）, ……。（苗强） closing a paragraph;</li>
 * <li>{@code byline.closing-name}: a paragraph that is only a name (秦 越) after a sentence end.</li>
 * </ul>
 */
@TypeCapability(
        inputs = {"io.github.tifa.type.Alignment", "io.github.tifa.type.Credit"},
        outputs = {"io.github.tifa.type.Byline", "io.github.tifa.type.Contributor"})
public class BylineAnnotator extends CreditLineAnnotator {

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        JCas raw = Alignments.rawView(jcas);
        Alignments align = Alignments.of(jcas);
        for (Credit found : JCasUtil.select(raw, Credit.class)) {
            int begin = align.toClean(found.getBegin());
            int lineEnd = text.indexOf('\n', begin);
            Position position = Position.valueOf(found.getPosition());
            CreditReader reader = grammar.reader(position);
            CreditGrammar.Credit credit = reader.read(text, begin, lineEnd < 0 ? text.length() : lineEnd);
            if (credit == null) {
                credit = readRaw(raw.getDocumentText(), found.getBegin(), reader, align); // 看点青禾讯 为…
            }
            if (credit != null) {
                add(jcas, credit, reader.name());
            }
        }
    }

    /**
     * The credit read where Reflow found it, in the raw text, with clean offsets: the clean text drops the
     * space that makes some datelines one (看点青禾讯 为确保…); null when the raw text holds none either.
     */
    private static CreditGrammar.Credit readRaw(String rawText, int rawBegin, CreditReader reader, Alignments align) {
        int rawEnd = rawText.indexOf('\n', rawBegin);
        CreditGrammar.Credit c = reader.read(rawText, rawBegin, rawEnd < 0 ? rawText.length() : rawEnd);
        if (c == null) {
            return null;
        }
        List<CreditGrammar.Name> names = c.names().stream()
                .map(n -> new CreditGrammar.Name(n.role(), align.toClean(n.begin()), align.toClean(n.end()))).toList();
        return new CreditGrammar.Credit(c.position(), align.toClean(c.begin()), align.toClean(c.end()), c.agency(), c.place(),
                c.dateline(), names);
    }

    private static void add(JCas jcas, CreditGrammar.Credit credit, String rule) {
        Byline byline = new Byline(jcas, credit.begin(), credit.end());
        byline.setAgency(credit.agency());
        byline.setPlace(credit.place());
        byline.setDateline(credit.dateline());
        byline.setRule(rule);
        byline.addToIndexes();
        for (CreditGrammar.Name name : credit.names()) {
            Contributor contributor = new Contributor(jcas, name.begin(), name.end());
            contributor.setRole(name.role());
            contributor.setRule(rule);
            contributor.addToIndexes();
        }
    }
}
