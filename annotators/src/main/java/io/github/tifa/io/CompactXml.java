package io.github.tifa.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes the SAX events of UIMA's {@code XmiCasSerializer} as compact UTF-8 XML 1.0. The JDK's
 * serializer, which {@code XmiCasSerializer.serialize} uses, took more CPU per page than the whole
 * annotation with the client compiler; this one escapes what XML needs (and line breaks and tabs in
 * attribute values, which a parser would otherwise turn into spaces) and nothing else. Indented, it
 * writes {@code TypeSystem.xml} and pretty-printed XMI: elements that hold elements go on lines of
 * their own, text stays inline.
 */
final class CompactXml extends DefaultHandler {
    private final Writer out;
    private final List<String[]> prefixes = new ArrayList<>();
    /** A start tag is written up to its attributes: {@code >} or {@code />} follows. */
    private boolean open;
    private final boolean indent;
    /**
     * When indenting: bit d is set once the d-th open element holds an element, and its end tag then
     * goes on a line of its own.
     */
    private final BitSet holdsElements = new BitSet();
    private int depth;

    CompactXml(OutputStream out) {
        this(out, false);
    }

    CompactXml(OutputStream out, boolean indent) {
        this.out = new UnlockedBuffer(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.indent = indent;
    }

    @Override
    public void startDocument() throws SAXException {
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    @Override
    public void endDocument() throws SAXException {
        try {
            if (indent) {
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        prefixes.add(new String[] {prefix, uri});
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        try {
            closeStartTag();
            if (indent) {
                newLine(depth);
                holdsElements.set(depth);
                holdsElements.clear(++depth);
            }
            out.write('<');
            out.write(qName);
            for (String[] p : prefixes) {
                String name = p[0].isEmpty() ? "xmlns" : "xmlns:" + p[0];
                if (atts.getIndex(name) < 0) {
                    attribute(name, p[1]);
                }
            }
            prefixes.clear();
            for (int i = 0; i < atts.getLength(); i++) {
                attribute(atts.getQName(i), atts.getValue(i));
            }
            open = true;
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        try {
            boolean nested = false;
            if (indent) {
                nested = holdsElements.get(depth);
                depth--;
            }
            if (open) {
                out.write("/>");
                open = false;
            } else {
                if (nested) {
                    newLine(depth);
                }
                out.write("</");
                out.write(qName);
                out.write('>');
            }
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        try {
            closeStartTag();
            int run = start;
            for (int i = start; i < start + length; i++) {
                String escape = escape(ch[i], false);
                if (escape != null) {
                    out.write(ch, run, i - run);
                    out.write(escape);
                    run = i + 1;
                }
            }
            out.write(ch, run, start + length - run);
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void attribute(String name, String value) throws IOException {
        out.write(' ');
        out.write(name);
        out.write("=\"");
        // unescaped runs are written whole: each Writer call takes the writer's lock, and a call per
        // character was the XMI writer's largest cost
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            String escape = escape(value.charAt(i), true);
            if (escape != null) {
                out.write(value, run, i - run);
                out.write(escape);
                run = i + 1;
            }
        }
        out.write(value, run, value.length() - run);
        out.write('"');
    }

    /**
     * What XML needs written for {@code c}, or null for the character itself; in an attribute value also the
     * quote and the line breaks and tabs a parser would otherwise turn into spaces.
     */
    private static String escape(char c, boolean inAttribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\r' -> "&#13;";
            case '"' -> inAttribute ? "&quot;" : null;
            case '\n' -> inAttribute ? "&#10;" : null;
            case '\t' -> inAttribute ? "&#9;" : null;
            default -> null;
        };
    }

    private void newLine(int level) throws IOException {
        out.write('\n');
        for (int i = 0; i < level; i++) {
            out.write("    ");
        }
    }

    private void closeStartTag() throws IOException {
        if (open) {
            out.write('>');
            open = false;
        }
    }

    private void write(String s) throws SAXException {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    /**
     * A buffer in front of the encoder that takes no lock: XMI is written in calls of a few characters
     * (a name, a quote, a number), and BufferedWriter takes its lock on each of them.
     */
    private static final class UnlockedBuffer extends Writer {
        private final Writer sink;
        private final char[] buf = new char[1 << 16];
        private int n;

        UnlockedBuffer(Writer sink) {
            this.sink = sink;
        }

        @Override
        public void write(int c) throws IOException {
            if (n == buf.length) {
                flushBuffer();
            }
            buf[n++] = (char) c;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (len > buf.length - n) {
                flushBuffer();
                if (len > buf.length) {
                    sink.write(chars, off, len);
                    return;
                }
            }
            System.arraycopy(chars, off, buf, n, len);
            n += len;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            if (len > buf.length - n) {
                flushBuffer();
                if (len > buf.length) {
                    sink.write(s, off, len);
                    return;
                }
            }
            s.getChars(off, off + len, buf, n);
            n += len;
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        private void flushBuffer() throws IOException {
            sink.write(buf, 0, n);
            n = 0;
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            sink.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            sink.close();
        }
    }
}
