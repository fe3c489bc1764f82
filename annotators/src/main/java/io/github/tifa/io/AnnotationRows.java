package io.github.tifa.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import io.github.tifa.model.Layers;
import io.github.tifa.type.OfficialTitle;

/**
 * The annotations of the scheme's layers as flat rows, one per annotation: page id, layer, clean
 * and raw offsets (code points), covered text, features as a JSON object (holders included) and
 * rule. What table engines (Spark, Parquet, JSON lines) store.
 */
public final class AnnotationRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One annotation. */
    public record Row(String page, String layer, int begin, int end, int rawBegin, int rawEnd, String text,
            String features, String rule) {
    }

    private AnnotationRows() {
    }

    public static List<Row> of(JCas jcas, String page) {
        Offsets offsets = Offsets.of(jcas);
        List<Row> rows = new ArrayList<>();
        for (Class<? extends Annotation> layer : Layers.SCHEME) {
            for (Annotation a : Layers.select(jcas, layer)) {
                if (a.getClass() != layer && Layers.SCHEME.contains(a.getClass())) {
                    continue;
                }
                Map<String, Object> features = new TreeMap<>();
                for (String[] f : Layers.features(a)) {
                    features.put(f[0], f[1]);
                }
                if (a instanceof OfficialTitle title) {
                    features.put("holders", Layers.holders(title).stream().map(NamedEntity::getCoveredText).toList());
                }
                String rule = Layers.rule(a);
                try {
                    rows.add(new Row(page, Layers.name(layer), offsets.begin(a), offsets.end(a), offsets.rawBegin(a),
                            offsets.rawEnd(a), a.getCoveredText(), JSON.writeValueAsString(features),
                            rule == null ? "" : rule));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rows;
    }
}
