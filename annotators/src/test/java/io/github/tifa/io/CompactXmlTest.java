package io.github.tifa.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.Tifa;

/** The compact XMI writer, indented or not, holds exactly what UIMA's own serializer holds. */
class CompactXmlTest {

    private static final String PAGE = "本报临沂讯（记者 𠮷明远）3月12日，A&B <公司> \"引号\"\t制表\n"
            + "经开区党工委召开会议，传达学习“两个确立”。\r\n\n经开区召开会议\n";

    private static byte[] standard(JCas jcas) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiCasSerializer.serialize(jcas.getCas(), jcas.getTypeSystem(), out, false, null);
        return out.toByteArray();
    }

    @Test
    void readsBackToTheSameCasAsTheStandardSerializerWrites() throws Exception {
        JCas original = Tifa.annotate(PAGE, "page");
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        new XmiCasSerializer(original.getTypeSystem()).serialize(original.getCas(), new CompactXml(compact));
        String xml = compact.toString(StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("&amp;B &lt;公司&gt;")
                .contains("&#10;").contains("&#9;").contains("𠮷");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(compact.toByteArray()));

        JCas read = read(compact.toByteArray());
        assertThat(read.getView("raw").getDocumentText()).isEqualTo(original.getView("raw").getDocumentText());
        // read back, both give the same CAS (ids are renumbered on reading, so both are read once)
        assertThat(new String(standard(read), StandardCharsets.UTF_8))
                .isEqualTo(new String(standard(read(standard(original))), StandardCharsets.UTF_8));
    }

    @Test
    void indentedXmiPutsEachElementOnItsOwnLineAndReadsBackTheSame() throws Exception {
        JCas original = Tifa.annotate(PAGE, "page");
        ByteArrayOutputStream indented = new ByteArrayOutputStream();
        new XmiCasSerializer(original.getTypeSystem()).serialize(original.getCas(), new CompactXml(indented, true));
        String[] lines = indented.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[1]).startsWith("<xmi:XMI ");
        assertThat(lines[2]).startsWith("    <cas:NULL ");
        assertThat(lines[lines.length - 1]).isEqualTo("</xmi:XMI>");
        assertThat(lines).noneMatch(String::isBlank);
        assertThat(new String(standard(read(indented.toByteArray())), StandardCharsets.UTF_8))
                .isEqualTo(new String(standard(read(standard(original))), StandardCharsets.UTF_8));
    }

    @Test
    void aTextLongerThanTheWritersBufferIsWrittenWhole() throws Exception {
        JCas original = JCasFactory.createJCas();
        // a run of 80 k characters with nothing to escape, then 80 k with escapes throughout
        original.setDocumentText("经开区召开会议。".repeat(10_000) + "经开区召开会议，A&B <公司>。\n".repeat(4_000));
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        new XmiCasSerializer(original.getTypeSystem()).serialize(original.getCas(), new CompactXml(compact));
        assertThat(read(compact.toByteArray()).getDocumentText()).isEqualTo(original.getDocumentText());
    }

    private static JCas read(byte[] xmi) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi), jcas.getCas());
        return jcas;
    }
}
