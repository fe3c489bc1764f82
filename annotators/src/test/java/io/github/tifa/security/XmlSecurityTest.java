package io.github.tifa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.tifa.io.SecureXml;

/**
 * No XML that tifa reads can pull in an external entity: tifa's own XMI reader (to-brat) refuses
 * any DOCTYPE; UIMA's readers of XMI and type systems refuse external entities.
 */
class XmlSecurityTest {

    private static String secretFile(Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        return secret.toUri().toString();
    }

    @Test
    void xmiWithAnExternalEntityIsRefused(@TempDir Path dir) throws Exception {
        String xmi = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secretFile(dir) + "\">]>\n"
                + "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cas=\"http:///uima/cas.ecore\" xmi:version=\"2.0\">"
                + "<cas:Sofa xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\" sofaString=\"&xxe;\"/>"
                + "</xmi:XMI>";
        JCas jcas = JCasFactory.createJCas();
        assertThatThrownBy(() -> XmiCasDeserializer.deserialize(
                new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), jcas.getCas(), true))
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("TOP-SECRET-CONTENT"));
        assertThat(String.valueOf(jcas.getDocumentText())).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void tifasXmiReaderRefusesAnyDoctype(@TempDir Path dir) throws Exception {
        String xmi = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secretFile(dir) + "\">]>\n"
                + "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cas=\"http:///uima/cas.ecore\" xmi:version=\"2.0\">"
                + "<cas:NULL xmi:id=\"0\"/><note>&xxe;</note></xmi:XMI>";
        JCas jcas = JCasFactory.createJCas();
        assertThatThrownBy(() -> SecureXml.readXmi(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)),
                jcas.getCas(), "evil.xmi"))
                .hasMessageContaining("evil.xmi").hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET-CONTENT"));
    }

    @Test
    void typeSystemWithAnExternalEntityIsRefused(@TempDir Path dir) throws Exception {
        Path ts = dir.resolve("TypeSystem.xml");
        Files.writeString(ts, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secretFile(dir) + "\">]>\n"
                + "<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\"><name>&xxe;</name>"
                + "<types/></typeSystemDescription>");
        assertThatThrownBy(() -> UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(ts.toFile())))
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("TOP-SECRET-CONTENT"));
    }
}
