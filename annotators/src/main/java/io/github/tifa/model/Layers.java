package io.github.tifa.model;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.type.Article;
import io.github.tifa.type.Byline;
import io.github.tifa.type.Contributor;
import io.github.tifa.type.Headline;
import io.github.tifa.type.HolderLink;
import io.github.tifa.type.Meeting;
import io.github.tifa.type.OfficialTitle;
import io.github.tifa.type.PersonName;
import io.github.tifa.type.Slogan;

/**
 * The annotation layers tifa exports, by the short names that gold, brat and JSON use, and the
 * primitive features of each (read from the type system, so a new feature is exported without
 * code changes).
 */
public final class Layers {
    /** The layers of the annotation scheme, in the order they are written. */
    public static final List<Class<? extends Annotation>> SCHEME = List.of(Article.class, Headline.class,
            Byline.class, Contributor.class, NamedEntity.class, OfficialTitle.class, Meeting.class, Slogan.class);

    /** The scheme's layers that span whole printed blocks: articles and their headlines. */
    public static final List<Class<? extends Annotation>> BLOCKS = List.of(Article.class, Headline.class);

    /** The NamedEntity value of a person (DKPro's and INCEpTION's tag set). */
    public static final String PER = "PER";
    /** The scheme's name of the person layer, whose annotations are NamedEntity with value PER. */
    public static final String PERSON = "Person";

    /** Generic layers counted besides the scheme's: the page's structure, and HanLP's tokens. */
    public static final List<Class<? extends Annotation>> GENERIC = List.of(Paragraph.class, Sentence.class,
            Token.class);

    /** The generic layers JSON always carries: paragraphs and sentences (tokens only when asked). */
    public static final List<Class<? extends Annotation>> STRUCTURE = List.of(Paragraph.class, Sentence.class);

    /** Name of the relation between an OfficialTitle and its holder. */
    public static final String TITLE_OF = "TitleOf";
    public static final String RULE = "rule";
    private static final String TIFA_TYPES = "io.github.tifa.type.";

    private Layers() {
    }

    /** The short name of a layer: the type's simple name (OfficialTitle, …); persons are Person. */
    public static String name(Class<? extends Annotation> layer) {
        return layer == NamedEntity.class ? PERSON : layer.getSimpleName();
    }

    /** Annotations of a layer, in text order, of that type or a subtype; of NamedEntity, the persons. */
    public static List<? extends Annotation> select(JCas jcas, Class<? extends Annotation> layer) {
        return layer == NamedEntity.class ? persons(jcas) : new ArrayList<>(JCasUtil.select(jcas, layer));
    }

    /** The persons of a document: NamedEntity annotations with value PER, in text order. */
    public static List<NamedEntity> persons(JCas jcas) {
        List<NamedEntity> persons = new ArrayList<>();
        for (NamedEntity ne : JCasUtil.select(jcas, NamedEntity.class)) {
            if (PER.equals(ne.getValue())) {
                persons.add(ne);
            }
        }
        return persons;
    }

    /**
     * Features of an annotation as name/value pairs: the primitive features of tifa's own types
     * other than {@code rule}, and the part of speech of a token.
     */
    public static List<String[]> features(FeatureStructure fs) {
        List<String[]> result = new ArrayList<>();
        if (fs instanceof Token token) {
            if (token.getPos() != null && token.getPos().getPosValue() != null) {
                result.add(new String[] {"pos", token.getPos().getPosValue()});
            }
            return result;
        }
        Type type = fs.getType();
        if (!type.getName().startsWith(TIFA_TYPES)) {
            return result;
        }
        for (Feature f : type.getFeatures()) {
            String name = f.getShortName();
            if (!f.getRange().isPrimitive() || name.equals(RULE) || !f.getDomain().getName().startsWith(TIFA_TYPES)) {
                continue;
            }
            String value = fs.getFeatureValueAsString(f);
            if (value != null) {
                result.add(new String[] {name, value});
            }
        }
        return result;
    }

    /** The rule feature of an annotation (of a person: its PersonName's), or null for types that have none. */
    public static String rule(FeatureStructure fs) {
        if (fs instanceof NamedEntity ne) {
            for (PersonName why : JCasUtil.selectAt(ne.getJCas(), PersonName.class, ne.getBegin(), ne.getEnd())) {
                if (why.getEntity() == ne) {
                    return why.getRule();
                }
            }
            return null;
        }
        Feature f = fs.getType().getFeatureByBaseName(RULE);
        return f == null ? null : fs.getStringValue(f);
    }

    /** The holders of an official title, in order (empty when none are linked). */
    public static List<NamedEntity> holders(OfficialTitle title) {
        List<NamedEntity> persons = new ArrayList<>();
        FSArray<HolderLink> links = title.getHolders();
        if (links != null) {
            for (HolderLink link : links) {
                if (link != null && link.getTarget() != null) {
                    persons.add(link.getTarget());
                }
            }
        }
        return persons;
    }
}
