package io.github.tifa.io;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads XML that comes from outside (XMI from annotation tools) with a parser that refuses any
 * DOCTYPE, so that no external entity (XXE) or entity expansion can ever be processed.
 */
public final class SecureXml {
    private SecureXml() {
    }

    /** A namespace-aware SAX reader that refuses DOCTYPEs and external entities. */
    public static XMLReader reader() throws IOException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot create a secure XML parser", e);
        }
    }

    /** Deserialises XMI into {@code cas} (leniently: unknown types are dropped) with {@link #reader()}. */
    public static void readXmi(InputStream in, CAS cas, String source) throws IOException {
        XMLReader reader = reader();
        XmiCasDeserializer deserializer = new XmiCasDeserializer(cas.getTypeSystem());
        reader.setContentHandler(deserializer.getXmiCasHandler(cas, true));
        try {
            reader.parse(new InputSource(in));
        } catch (SAXException e) {
            throw new IOException(source + ": not XMI that tifa reads (" + e.getMessage()
                    + "); expected UIMA CAS XMI, XML 1.0, without a DOCTYPE", e);
        }
    }
}
