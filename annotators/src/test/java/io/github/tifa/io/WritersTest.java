package io.github.tifa.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.TypeSystemUtil;
import org.apache.uima.util.XMLInputSource;
import org.dkpro.core.io.xmi.XmiReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.TestPages;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import io.github.tifa.Tifa;
import io.github.tifa.model.Layers;
import io.github.tifa.reflow.Alignments;
import io.github.tifa.reflow.Reflow;
import io.github.tifa.segment.HanLpSegmenter;
import io.github.tifa.structure.ArticleAnnotator;
import io.github.tifa.type.Byline;
import io.github.tifa.type.Contributor;
import io.github.tifa.type.HolderLink;
import io.github.tifa.type.Meeting;
import io.github.tifa.type.OfficialTitle;
import io.github.tifa.type.PersonName;
import io.github.tifa.type.Slogan;

class WritersTest {

    /** The demo page with one annotation of every domain type added by hand, as later annotators will. */
    static JCas annotatedDemo() throws Exception {
        JCas jcas = reflowOnly(TestPages.demoPage(), "demo");
        AnalysisEngineFactory.createEngine(HanLpSegmenter.class).process(jcas);
        AnalysisEngineFactory.createEngine(ArticleAnnotator.class).process(jcas);
        String text = jcas.getDocumentText();
        Byline byline = new Byline(jcas, 0, text.indexOf("）") + 1);
        byline.setAgency("本报");
        byline.setPlace("临沂");
        byline.setRule("test");
        byline.addToIndexes();
        int name = text.indexOf("韩  雪");
        Contributor contributor = new Contributor(jcas, name, name + 4);
        contributor.setRole("通讯员");
        contributor.addToIndexes();
        int t = text.indexOf("区党工委副书记");
        OfficialTitle title = new OfficialTitle(jcas, t, t + 7);
        title.setPost("副书记");
        title.setOrganization("区党工委");
        int p = text.indexOf("孙志刚");
        NamedEntity person = new NamedEntity(jcas, p, p + 3);
        person.setValue("PER");
        person.addToIndexes();
        PersonName why = new PersonName(jcas, p, p + 3);
        why.setRule("test");
        why.setEntity(person);
        why.addToIndexes();
        HolderLink link = new HolderLink(jcas);
        link.setRole("holder");
        link.setTarget(person);
        title.setHolders(FSArray.create(jcas, new HolderLink[] {link}));
        title.setRule("test");
        title.addToIndexes();
        int m = text.indexOf("中共山东省纪委十二届三次全体会议");
        Meeting meeting = new Meeting(jcas, m, m + "中共山东省纪委十二届三次全体会议".length());
        meeting.setMeetingType("PLENARY");
        meeting.setHeld(false);
        meeting.setTerm("十二届");
        meeting.setSession("三次");
        meeting.addToIndexes();
        int s = text.indexOf("五项机制");
        Slogan slogan = new Slogan(jcas, s, s + 4);
        slogan.setNumeric(true);
        slogan.setQuoted(true);
        slogan.setCanonical("五项机制");
        slogan.addToIndexes();
        return jcas;
    }

    /** A CAS with the page loaded and reflowed, and no annotator run: the test adds what it needs. */
    static JCas reflowOnly(String raw, String id) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        PageReader.load(jcas, raw, id, null);
        AnalysisEngineFactory.createEngine(Reflow.class).process(jcas);
        return jcas;
    }

    private static String signature(Annotation a) {
        return a.getType().getShortName() + "[" + a.getBegin() + "," + a.getEnd() + "]" + a.getCoveredText();
    }

    private static List<String> signatures(JCas jcas) {
        List<String> result = new ArrayList<>();
        for (Annotation a : JCasUtil.select(jcas, Annotation.class)) {
            result.add(signature(a));
        }
        return result;
    }

    /** The signatures XMI keeps by default: all but HanLP's POS annotations. */
    private static List<String> withoutPos(JCas jcas) {
        List<String> result = new ArrayList<>();
        for (Annotation a : JCasUtil.select(jcas, Annotation.class)) {
            if (!(a instanceof POS)) {
                result.add(signature(a));
            }
        }
        return result;
    }

    @Test
    void typeSystemFileIsIndentedAndHoldsEveryTypeOfTheCas(@TempDir Path out) throws Exception {
        JCas jcas = annotatedDemo();
        TifaXmiWriter.write(jcas, out, false);
        Path file = out.resolve(TifaXmiWriter.TYPE_SYSTEM_FILE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(lines).noneMatch(String::isBlank).contains("        <typeDescription>",
                "            <name>io.github.tifa.type.OfficialTitle</name>");
        TypeSystemDescription read = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(file.toFile()));
        List<String> names = new ArrayList<>();
        for (TypeDescription t : read.getTypes()) {
            names.add(t.getName());
        }
        List<String> expected = new ArrayList<>();
        for (TypeDescription t : TypeSystemUtil.typeSystem2TypeSystemDescription(jcas.getTypeSystem()).getTypes()) {
            expected.add(t.getName()); // POS too: DKPro's Token class has a pos feature, whether XMI holds POS or not
        }
        assertThat(names).isEqualTo(expected).contains(Token.class.getName(), Sentence.class.getName());
    }

    @Test
    void posAnnotationsAreWrittenWhenAskedFor(@TempDir Path out) throws Exception {
        JCas jcas = annotatedDemo();
        Path file = TifaXmiWriter.write(jcas, out, false, true);
        JCas back = JCasFactory.createJCas();
        try (InputStream in = Files.newInputStream(file)) {
            XmiCasDeserializer.deserialize(in, back.getCas());
        }
        assertThat(signatures(back)).containsExactlyInAnyOrderElementsOf(signatures(jcas));
        assertThat(JCasUtil.select(back, Token.class)).allMatch(t -> t.getPos() != null);
    }

    @Test
    void xmiReadsBackWithEqualAnnotationsAndRawView(@TempDir Path out) throws Exception {
        JCas jcas = annotatedDemo();
        Path file = TifaXmiWriter.write(jcas, out, false);
        assertThat(file.getFileName().toString()).isEqualTo("demo.xmi");
        assertThat(out.resolve("TypeSystem.xml")).isNotEmptyFile();

        JCas back = JCasFactory.createJCas();
        try (InputStream in = Files.newInputStream(file)) {
            XmiCasDeserializer.deserialize(in, back.getCas());
        }
        assertThat(signatures(back)).containsExactlyInAnyOrderElementsOf(withoutPos(jcas));
        assertThat(JCasUtil.select(back, Token.class)).isNotEmpty().allMatch(t -> t.getPos() == null);
        assertThat(back.getView(Alignments.RAW_VIEW).getDocumentText()).isEqualTo(TestPages.demoPage());
        OfficialTitle title = JCasUtil.selectSingle(back, OfficialTitle.class);
        assertThat(Layers.holders(title).get(0).getCoveredText()).isEqualTo("孙志刚");
        int i = back.getDocumentText().indexOf("林晓燕");
        assertThat(Alignments.of(back).toRaw(i)).isEqualTo(Alignments.of(jcas).toRaw(i));
    }

    @Test
    void controlCharacterAndLoneSurrogateGiveValidXml10(@TempDir Path out) throws Exception {
        String raw = "会议\u0001召开。\n市领导\uD800出席\u001F仪式。\r\n";
        JCas jcas = Tifa.annotate(raw, "controls");
        Path file = TifaXmiWriter.write(jcas, out, false);
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\"");
        // a strict XML 1.0 parser accepts it
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        JCas back = JCasFactory.createJCas();
        try (InputStream in = Files.newInputStream(file)) {
            XmiCasDeserializer.deserialize(in, back.getCas());
        }
        String rawBack = back.getView(Alignments.RAW_VIEW).getDocumentText();
        assertThat(rawBack).hasSameSizeAs(raw).isEqualTo(PageText.sanitize(raw));
        assertThat(back.getDocumentText()).isEqualTo("会议\uFFFD召开。\n市领导\uFFFD出席\uFFFD仪式。");
    }

    @Test
    void dkproXmiReaderInLenientModeKeepsEveryTifaAnnotation(@TempDir Path out) throws Exception {
        JCas jcas = annotatedDemo();
        TifaXmiWriter.write(jcas, out, false);
        List<String> read = new ArrayList<>();
        for (JCas doc : new JCasIterable(CollectionReaderFactory.createReaderDescription(XmiReader.class,
                XmiReader.PARAM_SOURCE_LOCATION, out.toString(), XmiReader.PARAM_PATTERNS, "*.xmi",
                XmiReader.PARAM_LENIENT, true, XmiReader.PARAM_TYPE_SYSTEM_FILE,
                out.resolve("TypeSystem.xml").toString()))) {
            read.addAll(signatures(doc));
            assertThat(Layers.holders(JCasUtil.selectSingle(doc, OfficialTitle.class)).get(0)
                    .getCoveredText()).isEqualTo("孙志刚");
        }
        assertThat(read).containsExactlyInAnyOrderElementsOf(withoutPos(jcas))
                .anyMatch(s -> s.startsWith("Byline")).anyMatch(s -> s.startsWith("Contributor"))
                .anyMatch(s -> s.startsWith("Meeting")).anyMatch(s -> s.startsWith("Slogan"))
                .anyMatch(s -> s.startsWith("Article")).anyMatch(s -> s.startsWith("Headline"));
    }

    @Test
    void bratHasRawTextAndCodePointOffsets(@TempDir Path out) throws Exception {
        String raw = "𠮷野家讯（记者 周明远）区党工委副书记孙志\n刚出席。\n";
        JCas jcas = reflowOnly(raw, "brat");
        String text = jcas.getDocumentText();
        int p = text.indexOf("孙志刚");
        NamedEntity person = new NamedEntity(jcas, p, p + 3);
        person.setValue("PER");
        person.addToIndexes();
        int t = text.indexOf("区党工委副书记");
        OfficialTitle title = new OfficialTitle(jcas, t, t + 7);
        title.setPost("副书记");
        title.setOrganization("区党工委");
        title.setRule("title.organ-post");
        HolderLink link = new HolderLink(jcas);
        link.setTarget(person);
        title.setHolders(FSArray.create(jcas, new HolderLink[] {link}));
        title.addToIndexes();
        BratWriter.write(jcas, out);

        assertThat(Files.readString(out.resolve("brat.txt"))).isEqualTo(raw);
        List<String> ann = Files.readAllLines(out.resolve("brat.ann"));
        int cpTitle = raw.codePointCount(0, raw.indexOf("区党工委"));
        int cpName = raw.codePointCount(0, raw.indexOf("孙志"));
        assertThat(ann).contains(
                "T1\tPerson " + cpName + " " + (cpName + 2) + ";" + (cpName + 3) + " " + (cpName + 4) + "\t孙志 刚",
                "T2\tOfficialTitle " + cpTitle + " " + (cpTitle + 7) + "\t区党工委副书记",
                "#1\tAnnotatorNotes T2\tpost=副书记 | organization=区党工委 | rule=title.organ-post",
                "R1\tTitleOf Governor:T2 Dependent:T1");
        assertThat(out.resolve("annotation.conf")).content().contains("TitleOf\tGovernor:OfficialTitle, Dependent:Person");
    }

    @Test
    void jsonHasCleanAndRawOffsetsFeaturesAndHolders(@TempDir Path out) throws Exception {
        JCas jcas = annotatedDemo();
        JsonWriter.write(jcas, out, true);
        JsonNode doc = new ObjectMapper().readTree(out.resolve("demo.json").toFile());
        String raw = TestPages.demoPage();
        assertThat(doc.get("text").asText()).isEqualTo(jcas.getDocumentText());
        JsonNode title = doc.get("annotations").get("OfficialTitle").get(0);
        assertThat(title.get("text").asText()).isEqualTo("区党工委副书记");
        assertThat(title.get("features").get("post").asText()).isEqualTo("副书记");
        assertThat(title.get("holders").get(0).get("text").asText()).isEqualTo("孙志刚");
        // the raw offsets cover the raw text, layout break included
        assertThat(raw.substring(title.get("rawBegin").asInt(), title.get("rawEnd").asInt())).isEqualTo("区党工委副书记");
        JsonNode meeting = doc.get("annotations").get("Meeting").get(0);
        assertThat(meeting.get("features").get("held").asText()).isEqualTo("false");
        assertThat(raw.substring(meeting.get("rawBegin").asInt(), meeting.get("rawEnd").asInt()))
                .isEqualTo("中共山东省纪委十二届三次全体会议");
        JsonNode token = doc.get("annotations").get("Token").get(0);
        assertThat(token.get("features").get("pos").asText()).isNotBlank();
        assertThat(doc.get("annotations").get("Token")).hasSize(JCasUtil.select(jcas, Token.class).size());
    }

    @Test
    void documentIdCannotEscapeTheOutputDirectory(@TempDir Path out) throws Exception {
        JCas jcas = Tifa.annotate("会议召开。", "../escape");
        assertThatThrownBy(() -> JsonWriter.write(jcas, out.resolve("inner"), true))
                .hasMessageContaining("outside the output directory");
        assertThat(out.resolve("escape.json")).doesNotExist();
    }

    @Test
    void failedWriteLeavesNoFile(@TempDir Path out) throws Exception {
        Path target = out.resolve("x.json");
        assertThatThrownBy(() -> OutputFiles.write(target, o -> {
            o.write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
            throw new java.io.IOException("disk full");
        })).hasMessageContaining("disk full");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void outputFilesHaveThePermissionsTheUmaskGives(@TempDir Path out) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(out.resolve("plain.txt")); // what the umask gives any new file
        Path written = out.resolve("written.json");
        OutputFiles.write(written, o -> o.write('{'));
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("plain.txt", "written.json");
        }
    }

    @Test
    void bratConfDeclaresEveryAttributeValueTheAnnFilesUse(@TempDir Path out) throws Exception {
        for (String page : List.of(TestPages.demoPage(),
                "本报讯（特约记者 周明远）3月2日，临河区安全生产工作会议召开。会议以电视电话形式召开。要抓好“三个一批”。\n")) {
            BratWriter.write(Tifa.annotate(page, "p" + page.length()), out);
        }
        String conf = Files.readString(out.resolve("annotation.conf"));
        java.util.Map<String, java.util.Set<String>> declared = BratWriter.declaredValues(conf);
        int checked = 0;
        try (Stream<Path> files = Files.list(out)) {
            for (Path ann : files.filter(f -> f.toString().endsWith(".ann")).toList()) {
                for (String line : Files.readAllLines(ann)) {
                    if (!line.startsWith("A")) {
                        continue;
                    }
                    String[] parts = line.split("\t")[1].split(" ");
                    assertThat(conf).as("%s declares %s", ann, parts[0]).containsPattern("(?m)^" + parts[0] + "\tArg:");
                    if (parts.length > 2) {
                        assertThat(declared.get(parts[0])).as("values of %s", parts[0]).contains(parts[2]);
                    } else {
                        assertThat(BratWriter.FLAGS).containsKey(parts[0]); // a flag: present means true
                    }
                    checked++;
                }
                assertThat(Files.readString(ann)).doesNotContain(" false\n").doesNotContain(" true\n");
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(declared.get("role")).contains("特约记者");
        assertThat(declared.get("mode")).contains("电视电话");
    }

    /**
     * What an INCEpTION project holds before anyone adds tifa's layers: DKPro's types only, read by
     * DKPro's lenient XmiReader. Every person must survive as a NamedEntity (INCEpTION's built-in
     * Named Entity layer); tifa's own layers are dropped there, and kept with tifa's type system.
     */
    @Test
    void lenientReaderWithDkproTypesOnlyKeepsEveryPerson(@TempDir Path out) throws Exception {
        JCas jcas = Tifa.annotate(TestPages.demoPage(), "demo");
        TifaXmiWriter.write(jcas, out, false);
        List<String> persons = Layers.persons(jcas).stream().map(WritersTest::signature).toList();
        assertThat(persons).hasSizeGreaterThan(5);

        org.apache.uima.collection.CollectionReader reader = CollectionReaderFactory.createReader(XmiReader.class,
                XmiReader.PARAM_SOURCE_LOCATION, out.toString(), XmiReader.PARAM_PATTERNS, "*.xmi",
                XmiReader.PARAM_LENIENT, true);
        org.apache.uima.cas.CAS dkproOnly = org.apache.uima.util.CasCreationUtils.createCas(
                org.apache.uima.fit.factory.TypeSystemDescriptionFactory.createTypeSystemDescription(
                        "desc.type.NamedEntity", "desc.type.LexicalUnits", "desc.type.LexicalUnits_customized",
                        "desc.type.metadata", "desc.type.metadata_customized", "desc.type.POS"), null, null);
        assertThat(dkproOnly.getTypeSystem().getType("io.github.tifa.type.OfficialTitle")).isNull();
        reader.getNext(dkproOnly);
        List<String> read = new ArrayList<>();
        for (NamedEntity ne : JCasUtil.select(dkproOnly.getJCas(), NamedEntity.class)) {
            assertThat(ne.getValue()).isEqualTo("PER");
            read.add(signature(ne));
        }
        assertThat(read).containsExactlyElementsOf(persons);
    }

    @Test
    void bratGetsAVisualConfWithAColourPerLayerAndArticlesOnlyWhenAsked(@TempDir Path out) throws Exception {
        JCas jcas = annotatedDemo();
        BratWriter.write(jcas, out.resolve("quiet"), false);
        BratWriter.write(jcas, out.resolve("all"), true);
        String visual = Files.readString(out.resolve("quiet/visual.conf"), StandardCharsets.UTF_8);
        for (String layer : List.of("Byline", "Contributor", "Person", "OfficialTitle", "Meeting", "Slogan")) {
            assertThat(visual).containsPattern("(?m)^" + layer + "\\tbgColor:#[0-9a-f]{6}");
        }
        assertThat(visual).contains("[labels]").contains("OfficialTitle | Official title | Title")
                .containsPattern("(?m)^TitleOf\\tcolor:");
        String quiet = Files.readString(out.resolve("quiet/demo.ann"), StandardCharsets.UTF_8);
        assertThat(quiet).doesNotContain("\tArticle ").doesNotContain("\tHeadline ").contains("\tOfficialTitle ");
        assertThat(Files.readString(out.resolve("all/demo.ann"), StandardCharsets.UTF_8)).contains("\tArticle ");
        assertThat(Files.readString(out.resolve("quiet/annotation.conf"), StandardCharsets.UTF_8)).doesNotContain("UNNAMED");
    }
}
