package io.github.tifa.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.UimaContext;
import org.apache.uima.cas.CASException;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.fit.component.JCasCollectionReader_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.Progress;
import org.apache.uima.util.ProgressImpl;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import io.github.tifa.reflow.Alignments;

/**
 * Reads newspaper pages: files, and directories searched recursively for {@code *.txt}. Each page is
 * decoded as strict UTF-8 ({@link PageText}) into view {@value Alignments#RAW_VIEW}; the initial view
 * gets a {@link DocumentMetaData} whose id is the path below the directory given, without
 * {@code .txt}. A page that cannot be read fails with a {@link PageException} naming file and byte.
 */
@TypeCapability(outputs = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData")
public class PageReader extends JCasCollectionReader_ImplBase {

    /** Files or directories to read; directories are searched recursively. */
    public static final String PARAM_SOURCE_LOCATIONS = "sourceLocations";
    @ConfigurationParameter(name = PARAM_SOURCE_LOCATIONS)
    private String[] sourceLocations;

    /** File name pattern (glob) for files found in directories; files named directly are always read. */
    public static final String PARAM_PATTERN = "pattern";
    @ConfigurationParameter(name = PARAM_PATTERN, mandatory = false, defaultValue = "*.txt")
    private String pattern;

    /** A page found on disk: the file and the id its outputs are named after. */
    public record Page(Path file, String id) {
    }

    private List<Page> pages;
    private int next;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            pages = list(pattern, sourceLocations);
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
        next = 0;
    }

    @Override
    public boolean hasNext() {
        return next < pages.size();
    }

    @Override
    public void getNext(JCas jcas) throws IOException, CollectionException {
        Page page = pages.get(next++);
        load(jcas, page);
    }

    @Override
    public Progress[] getProgress() {
        return new Progress[] {new ProgressImpl(next, pages.size(), Progress.ENTITIES)};
    }

    /** Lists the pages under the given files and directories, sorted, each once. */
    public static List<Page> list(String pattern, String... locations) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Page> result = new ArrayList<>();
        for (String location : locations) {
            Path path = Path.of(location);
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(p -> matcher.matches(p.getFileName()))
                            .filter(p -> !Files.isDirectory(p))
                            .sorted(Comparator.comparing(Path::toString)).toList();
                }
                for (Path file : files) {
                    result.add(new Page(file, idOf(path.relativize(file))));
                }
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                result.add(new Page(path, idOf(path.getFileName())));
            } else {
                throw new NoSuchFileException(location, null, "no such file or directory");
            }
        }
        return result;
    }

    private static String idOf(Path relative) {
        String id = relative.toString().replace('\\', '/');
        return id.endsWith(".txt") ? id.substring(0, id.length() - 4) : id;
    }

    /** Reads one page into a fresh CAS. */
    public static void load(JCas jcas, Page page) throws PageException {
        load(jcas, read(page.file()), page.id(), page.file().toUri().toString());
    }

    /**
     * The raw text of a page file: strict UTF-8, a BOM dropped; an unreadable or undecodable file
     * is a {@link PageException} naming the file and where.
     */
    public static String read(Path file) throws PageException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PageException(file.toString(), "cannot read the file (" + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")", e);
        }
        return PageText.decode(bytes, file.toString());
    }

    /**
     * Puts raw page text into a fresh CAS: sanitised text in view {@value Alignments#RAW_VIEW},
     * {@link DocumentMetaData} in the initial view.
     */
    public static void load(JCas jcas, String rawText, String documentId, String uri) {
        try {
            JCas raw = jcas.createView(Alignments.RAW_VIEW);
            raw.setDocumentText(PageText.sanitize(rawText));
            raw.setDocumentLanguage("zh");
        } catch (CASException e) {
            throw new IllegalStateException("CAS already holds a page; reset it before loading another", e);
        }
        DocumentMetaData meta = new DocumentMetaData(jcas, 0, 0);
        meta.setDocumentId(documentId);
        meta.setDocumentTitle(documentId);
        meta.setDocumentUri(uri);
        meta.setLanguage("zh");
        meta.addToIndexes();
    }
}
