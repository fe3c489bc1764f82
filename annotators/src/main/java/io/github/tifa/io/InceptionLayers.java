package io.github.tifa.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    /** Closed vocabularies shown as tag sets in INCEpTION. */
    private static final Map<String, List<String>> TAG_SETS = Map.of(
            "meetingType", io.github.tifa.lexicon.LexiconSchema.meetingTypes(),
            "role", io.github.tifa.lexicon.LexiconSchema.CONTRIBUTOR_ROLES);

    private InceptionLayers() {
    }

    /** The layers of every tifa annotation type in {@code ts}, as INCEpTION's import reads them. */
    public static String json(TypeSystem ts) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode layers = mapper.createArrayNode();
        Type annotation = ts.getType(CAS.TYPE_NAME_ANNOTATION);
        List<Type> types = new ArrayList<>();
        ts.getTypeIterator().forEachRemaining(types::add);
        types.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (Type type : types) {
            if (!type.getName().startsWith(TIFA_TYPES) || !ts.subsumes(annotation, type)) {
                continue;
            }
            ObjectNode layer = layers.addObject();
            layer.put("name", type.getName());
            layer.put("uiName", type.getShortName());
            layer.put("type", "span");
            layer.put("description", "tifa: " + type.getShortName());
            layer.put("enabled", true);
            layer.put("built_in", false);
            layer.put("readonly", false);
            layer.put("cross_sentence", true);
            layer.put("show_hover", true);
            layer.put("anchoring_mode", "CHARACTERS");
            layer.put("overlap_mode", "ANY_OVERLAP");
            layer.put("validation_mode", "NEVER");
            layer.put("linked_list_behavior", false);
            ArrayNode features = layer.putArray("features");
            for (Feature f : type.getFeatures()) {
                if (!f.getDomain().getName().startsWith(TIFA_TYPES)) {
                    continue; // begin, end, sofa
                }
                ObjectNode feature = feature(mapper, ts, f);
                if (feature != null) {
                    features.add(feature);
                }
            }
        }
        try {
            return mapper.writeValueAsString(layers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode feature(ObjectMapper mapper, TypeSystem ts, Feature f) {
        ObjectNode feature = mapper.createObjectNode();
        String name = f.getShortName();
        feature.put("name", name);
        feature.put("uiName", name);
        feature.put("enabled", true);
        feature.put("visible", true);
        feature.put("include_in_hover", true);
        feature.put("required", false);
        feature.put("remember", false);
        feature.put("curatable", true);
        Type range = f.getRange();
        if (range.isPrimitive()) {
            feature.put("type", range.getName());
            feature.put("multi_value_mode", "NONE");
            feature.put("link_mode", "NONE");
            List<String> tags = TAG_SETS.get(name);
            if (tags != null) {
                ObjectNode tagSet = feature.putObject("tag_set");
                tagSet.put("name", "tifa " + name);
                tagSet.put("description", "tifa's " + name + " values (ANNOTATION-SCHEME.md)");
                tagSet.put("language", "zh");
                tagSet.put("create_tag", true);
                ArrayNode list = tagSet.putArray("tags");
                for (String tag : tags) {
                    list.addObject().put("tag_name", tag).put("tag_description", "");
                }
            }
            return feature;
        }
        Type element = range.getComponentType();
        if (range.isArray() && element != null) {
            Feature role = element.getFeatureByBaseName("role");
            Feature target = element.getFeatureByBaseName("target");
            if (role != null && target != null) {
                // holders: a link feature whose slots are filled from the target layer (Named Entity)
                feature.put("type", target.getRange().getName());
                feature.put("multi_value_mode", "ARRAY");
                feature.put("link_mode", "WITH_ROLE");
                feature.put("link_type_name", element.getName());
                feature.put("link_type_role_feature_name", "role");
                feature.put("link_type_target_feature_name", "target");
                return feature;
            }
        }
        return null; // a plain reference (PersonName.entity) has no INCEpTION feature type
    }
}
