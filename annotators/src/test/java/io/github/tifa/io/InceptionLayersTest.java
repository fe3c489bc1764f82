package io.github.tifa.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.tifa.Tifa;

class InceptionLayersTest {

    @Test
    void xmiOutputCarriesTifasLayersForInceptionsLayerImport(@TempDir Path out) throws Exception {
        JCas jcas = Tifa.annotate("本报讯（记者 王五）3月2日，县委常委会会议召开。县委书记张三主持会议。\n", "p");
        TifaXmiWriter.write(jcas, out, false);
        JsonNode layers = new ObjectMapper().readTree(Files.readString(out.resolve(InceptionLayers.FILE)));
        List<String> names = new ArrayList<>();
        layers.forEach(l -> names.add(l.get("name").asText()));
        // every span type of the type system, nothing else: generated from it, so it never drifts
        assertThat(names).containsExactly("io.github.tifa.type.Article", "io.github.tifa.type.Byline",
                "io.github.tifa.type.Contributor", "io.github.tifa.type.Headline", "io.github.tifa.type.Meeting",
                "io.github.tifa.type.OfficialTitle", "io.github.tifa.type.PersonName", "io.github.tifa.type.Slogan");
        for (JsonNode layer : layers) {
            assertThat(layer.get("type").asText()).isEqualTo("span");
            assertThat(layer.get("anchoring_mode").asText()).isEqualTo("CHARACTERS");
            assertThat(layer.get("features")).anyMatch(f -> f.get("name").asText().equals("rule"));
        }
        JsonNode holders = feature(layers, "OfficialTitle", "holders");
        assertThat(holders.get("type").asText()).isEqualTo("de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity");
        assertThat(holders.get("link_mode").asText()).isEqualTo("WITH_ROLE");
        assertThat(holders.get("link_type_name").asText()).isEqualTo("io.github.tifa.type.HolderLink");
        assertThat(feature(layers, "Meeting", "held").get("type").asText()).isEqualTo("uima.cas.Boolean");
        assertThat(feature(layers, "Meeting", "meetingType").get("tag_set").get("tags")).hasSize(13);
    }

    private static JsonNode feature(JsonNode layers, String layer, String name) {
        for (JsonNode l : layers) {
            if (l.get("uiName").asText().equals(layer)) {
                for (JsonNode f : l.get("features")) {
                    if (f.get("name").asText().equals(name)) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError(layer + "." + name + " missing");
    }
}
