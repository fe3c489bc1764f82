package io.github.tifa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.github.tifa.io.JsonWriter;

/** Shared lexicons and the shared HanLP segmenter are read-only: threads change nothing in the output. */
class ConcurrencyTest {

    private static final List<String> PAGES = List.of("/pages/demo-page.txt", "/pages/xingtai-1.txt",
            "/pages/xingtai-2.txt", "/pages/longhui-1.txt");

    private static String json(String resource) throws Exception {
        JCas jcas = Tifa.annotate(TestPages.read(resource), resource);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            JsonWriter.write(jcas, g, true);
        }
        return out.toString();
    }

    @Test
    void twoThreadsWriteByteIdenticalJsonToOneThread() throws Exception {
        List<String> sequential = new ArrayList<>();
        for (String page : PAGES) {
            sequential.add(json(page));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String page : PAGES) {
                    futures.add(pool.submit(() -> json(page)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(5, TimeUnit.MINUTES)).as(PAGES.get(i % PAGES.size()))
                        .isEqualTo(sequential.get(i % PAGES.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
