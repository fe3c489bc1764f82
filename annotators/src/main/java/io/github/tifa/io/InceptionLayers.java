package io.github.tifa.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.github.tifa.type.Credit;
import io.github.tifa.type.LayoutBlock;
import io.github.tifa.type.LayoutLine;

/**
 * tifa's span layers in INCEpTION's layer export format (a JSON array of layers, what
 * <em>Project settings → Layers → Import</em> reads), generated from the type system so that it
 * never drifts: one span layer per tifa annotation type, its primitive features as string, boolean
 * or number features, {@code holders} as a link feature (role {@code holder}) to the built-in
 * Named Entity layer, and a tag set of the scheme's values for {@code meetingType} and
 * {@code role}. Field names follow INCEpTION 40.3's {@code ExportedAnnotationLayer}.
 */
public final class InceptionLayers {
    /** The file name written beside {@code TypeSystem.xml}. */
    public static final String FILE = "inception-layers.json";

    private static final String TIFA_TYPES = "io.github.tifa.type.";
    /** Reflow's page model lives in view raw, which INCEpTION does not show: no layer for it. */
    private static final Set<String> RAW_VIEW_TYPES = Set.of(LayoutLine.class.getName(), LayoutBlock.class.getName(),
            Credit.class.getName());
    /** Closed vocabularies shown as tag sets in INCEpTION. */
    private static final Map<String, List<String>> TAG_SETS = Map.of(
            "meetingType", io.github.tifa.lexicon.LexiconSchema.meetingTypes(),
            "role", io.github.tifa.lexicon.LexiconSchema.CONTRIBUTOR_ROLES);

    private InceptionLayers() {
    }

    /** The layers of every tifa annotation type in {@code ts}, as INCEpTION's import reads them. */
    public static String json(TypeSystem ts) {
        // written with Jackson's streaming generator: the object mapper costs a tenth of a second
        // to start, once per run, for one small file
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartArray();
            Type annotation = ts.getType(CAS.TYPE_NAME_ANNOTATION);
            List<Type> types = new ArrayList<>();
            ts.getTypeIterator().forEachRemaining(types::add);
            types.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (Type type : types) {
                if (type.getName().startsWith(TIFA_TYPES) && !RAW_VIEW_TYPES.contains(type.getName())
                        && ts.subsumes(annotation, type)) {
                    layer(g, type);
                }
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void layer(JsonGenerator g, Type type) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", type.getName());
        g.writeStringField("uiName", type.getShortName());
        g.writeStringField("type", "span");
        g.writeStringField("description", "tifa: " + type.getShortName());
        g.writeBooleanField("enabled", true);
        g.writeBooleanField("built_in", false);
        g.writeBooleanField("readonly", false);
        g.writeBooleanField("cross_sentence", true);
        g.writeBooleanField("show_hover", true);
        g.writeStringField("anchoring_mode", "CHARACTERS");
        g.writeStringField("overlap_mode", "ANY_OVERLAP");
        g.writeStringField("validation_mode", "NEVER");
        g.writeBooleanField("linked_list_behavior", false);
        g.writeArrayFieldStart("features");
        for (Feature f : type.getFeatures()) {
            if (f.getDomain().getName().startsWith(TIFA_TYPES)) { // not begin, end, sofa
                feature(g, f);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void feature(JsonGenerator g, Feature f) throws IOException {
        Type range = f.getRange();
        Type element = range.getComponentType();
        Feature role = element == null ? null : element.getFeatureByBaseName("role");
        Feature target = element == null ? null : element.getFeatureByBaseName("target");
        boolean link = !range.isPrimitive() && range.isArray() && role != null && target != null;
        if (!range.isPrimitive() && !link) {
            return; // a plain reference (PersonName.entity) has no INCEpTION feature type
        }
        String name = f.getShortName();
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("uiName", name);
        g.writeBooleanField("enabled", true);
        g.writeBooleanField("visible", true);
        g.writeBooleanField("include_in_hover", true);
        g.writeBooleanField("required", false);
        g.writeBooleanField("remember", false);
        g.writeBooleanField("curatable", true);
        if (link) {
            // holders: a link feature whose slots are filled from the target layer (Named Entity)
            g.writeStringField("type", target.getRange().getName());
            g.writeStringField("multi_value_mode", "ARRAY");
            g.writeStringField("link_mode", "WITH_ROLE");
            g.writeStringField("link_type_name", element.getName());
            g.writeStringField("link_type_role_feature_name", "role");
            g.writeStringField("link_type_target_feature_name", "target");
        } else {
            g.writeStringField("type", range.getName());
            g.writeStringField("multi_value_mode", "NONE");
            g.writeStringField("link_mode", "NONE");
            List<String> tags = TAG_SETS.get(name);
            if (tags != null) {
                tagSet(g, name, tags);
            }
        }
        g.writeEndObject();
    }

    /** The closed set of values of a feature (meetingType, role), as INCEpTION's tag set. */
    private static void tagSet(JsonGenerator g, String name, List<String> tags) throws IOException {
        g.writeObjectFieldStart("tag_set");
        g.writeStringField("name", "tifa " + name);
        g.writeStringField("description", "tifa's " + name + " values (ANNOTATION-SCHEME.md)");
        g.writeStringField("language", "zh");
        g.writeBooleanField("create_tag", true);
        g.writeArrayFieldStart("tags");
        for (String tag : tags) {
            g.writeStartObject();
            g.writeStringField("tag_name", tag);
            g.writeStringField("tag_description", "");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
