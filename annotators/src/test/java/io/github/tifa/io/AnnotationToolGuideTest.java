package io.github.tifa.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.tifa.Tifa;

/**
 * The README's dkpro-cassis example, done the same way with plain UIMA: only TypeSystem.xml and the
 * .xmi file, no tifa classes, select by type name, follow the holder links, read the raw view.
 */
class AnnotationToolGuideTest {

    @Test
    void readmeCassisExampleWorksOnWhatTifaWrites(@TempDir Path out) throws Exception {
        String raw = "会上，县委副书记、县长蒋立华作报告，要求增强“四个意识”。\n";
        TifaXmiWriter.write(Tifa.annotate(raw, "page"), out, false);

        // load_typesystem(TypeSystem.xml); load_cas_from_xmi(page.xmi, typesystem=ts)
        TypeSystemDescription ts = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(out.resolve("TypeSystem.xml").toFile()));
        CAS cas = CasCreationUtils.createCas(ts, null, null);
        try (InputStream in = Files.newInputStream(out.resolve("page.xmi"))) {
            XmiCasDeserializer.deserialize(in, cas);
        }
        // for t in cas.select('io.github.tifa.type.OfficialTitle'): t.get_covered_text(), t.post, holders
        Type titleType = cas.getTypeSystem().getType("io.github.tifa.type.OfficialTitle");
        List<String> titles = new ArrayList<>();
        for (AnnotationFS t : cas.getAnnotationIndex(titleType)) {
            FSArray<?> holders = (FSArray<?>) t.getFeatureValue(titleType.getFeatureByBaseName("holders"));
            List<String> names = new ArrayList<>();
            for (FeatureStructure link : holders) {
                AnnotationFS person = (AnnotationFS) link.getFeatureValue(link.getType().getFeatureByBaseName("target"));
                names.add(person.getCoveredText());
            }
            titles.add(t.getCoveredText() + " " + t.getStringValue(titleType.getFeatureByBaseName("post")) + " "
                    + names);
        }
        assertThat(titles).containsExactly("县委副书记 副书记 [蒋立华]", "县长 县长 [蒋立华]");
        // cas.get_view('raw').sofa_string is the page as it was read
        assertThat(cas.getView("raw").getDocumentText()).isEqualTo(raw);
        Type slogan = cas.getTypeSystem().getType("io.github.tifa.type.Slogan");
        assertThat(cas.getAnnotationIndex(slogan).iterator().next().getCoveredText()).isEqualTo("四个意识");
    }
}
