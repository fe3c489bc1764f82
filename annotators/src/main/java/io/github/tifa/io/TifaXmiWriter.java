package io.github.tifa.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.component.JCasConsumer_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.TypeSystemUtil;
import org.xml.sax.SAXException;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Writes each CAS as UIMA XMI 1.0 (all views: clean text, raw text, alignment) to
 * {@code <id>.xmi}, with {@code TypeSystem.xml} beside it, which INCEpTION and dkpro-cassis read, and
 * {@value InceptionLayers#FILE}, tifa's layers for INCEpTION's layer import.
 * Files appear complete or not at all.
 */
public class TifaXmiWriter extends JCasConsumer_ImplBase {

    /** Directory to write into; created when missing. */
    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION)
    private String targetLocation;

    /** Whether to indent the XML (larger, easier to read). */
    public static final String PARAM_PRETTY_PRINT = "prettyPrint";
    @ConfigurationParameter(name = PARAM_PRETTY_PRINT, mandatory = false, defaultValue = "false")
    private boolean prettyPrint;

    /**
     * Whether to also write HanLP's POS annotations. Off by default: Token and Sentence stay, which
     * INCEpTION needs, and POS were two fifths of the XMI and no rule's result.
     */
    public static final String PARAM_POS = "pos";
    @ConfigurationParameter(name = PARAM_POS, mandatory = false, defaultValue = "false")
    private boolean pos;

    public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            write(jcas, Path.of(targetLocation), prettyPrint, pos);
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /** Writes one document without POS (and the type system, when the directory has none yet). */
    public static Path write(JCas jcas, Path dir, boolean prettyPrint) throws IOException {
        return write(jcas, dir, prettyPrint, false);
    }

    /** Writes one document, HanLP's POS annotations when {@code pos}, and the (whole) type system. */
    public static Path write(JCas jcas, Path dir, boolean prettyPrint, boolean pos) throws IOException {
        Path target = OutputFiles.target(dir, documentId(jcas), ".xmi");
        WithoutPos.Write xmi = () -> OutputFiles.write(target, out -> {
            try {
                new XmiCasSerializer(jcas.getTypeSystem()).serialize(jcas.getCas(), new CompactXml(out, prettyPrint));
            } catch (SAXException e) {
                throw new IOException("cannot serialise XMI for " + target + ": " + e.getMessage(), e);
            }
        });
        if (pos) {
            xmi.run();
        } else {
            WithoutPos.detached(jcas, xmi);
        }
        Path typeSystem = dir.resolve(TYPE_SYSTEM_FILE);
        if (!Files.exists(typeSystem)) {
            OutputFiles.write(typeSystem, out -> {
                try {
                    // indented here: the JDK's transformer, which toXML(out) uses, writes a blank line
                    // between any two elements
                    CompactXml xml = new CompactXml(out, true);
                    xml.startDocument();
                    TypeSystemUtil.typeSystem2TypeSystemDescription(jcas.getTypeSystem()).toXML(xml, true);
                    xml.endDocument();
                } catch (SAXException e) {
                    throw new IOException("cannot write " + typeSystem + ": " + e.getMessage(), e);
                }
            });
        }
        Path layers = dir.resolve(InceptionLayers.FILE);
        if (!Files.exists(layers)) {
            String json = InceptionLayers.json(jcas.getTypeSystem());
            OutputFiles.write(layers, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        }
        return target;
    }

    /** The document id from {@link DocumentMetaData}, or {@code document} when there is none. */
    public static String documentId(JCas jcas) {
        DocumentMetaData meta = JCasUtil.select(jcas, DocumentMetaData.class).stream().findFirst().orElse(null);
        return meta == null || meta.getDocumentId() == null ? "document" : meta.getDocumentId();
    }
}
