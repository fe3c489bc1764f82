package io.github.tifa.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageTextTest {

    @Test
    void dropsUtf8ByteOrderMark() throws Exception {
        byte[] bytes = ("\uFEFF会议召开。").getBytes(StandardCharsets.UTF_8);
        assertThat(PageText.decode(bytes, "p.txt")).isEqualTo("会议召开。");
    }

    @Test
    void invalidUtf8NamesFileByteAndLine() {
        byte[] ok = "第一行\n第二".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[ok.length + 2];
        System.arraycopy(ok, 0, bytes, 0, ok.length);
        bytes[ok.length] = (byte) 0xC3;
        bytes[ok.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> PageText.decode(bytes, "bad.txt"))
                .isInstanceOf(PageException.class)
                .hasMessageContaining("bad.txt")
                .hasMessageContaining("at byte " + ok.length)
                .hasMessageContaining("line 2")
                .hasMessageContaining("expected a UTF-8 text page");
    }

    @Test
    void truncatedSequenceAtEndIsAnError() {
        byte[] ok = "会议".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(ok, ok.length - 1);
        assertThatThrownBy(() -> PageText.decode(bytes, "cut.txt"))
                .isInstanceOf(PageException.class).hasMessageContaining("at byte 3");
    }

    @Test
    void emptyFileIsAnError() {
        assertThatThrownBy(() -> PageText.decode(new byte[0], "empty.txt"))
                .isInstanceOf(PageException.class).hasMessageContaining("empty.txt").hasMessageContaining("empty");
        assertThatThrownBy(() -> PageText.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom.txt"))
                .isInstanceOf(PageException.class).hasMessageContaining("empty");
    }

    @Test
    void utf16IsRecognisedAndRefused() {
        byte[] bytes = "\uFEFF会议".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> PageText.decode(bytes, "u16.txt"))
                .isInstanceOf(PageException.class).hasMessageContaining("UTF-16");
    }

    @Test
    void sanitizeReplacesXmlIllegalCharsOneForOne() {
        String text = "会\u0001议\uD800召\uDC00开\uFFFE。\t\n\r𠮷";
        String clean = PageText.sanitize(text);
        assertThat(clean).hasSameSizeAs(text).isEqualTo("会\uFFFD议\uFFFD召\uFFFD开\uFFFD。\t\n\r𠮷");
    }

    @Test
    void readerListsDirectoriesRecursivelyAndSorted(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/p2.txt"), "二");
        Files.writeString(dir.resolve("a.txt"), "一");
        Files.writeString(dir.resolve("note.md"), "not a page");
        List<PageReader.Page> pages = PageReader.list("*.txt", dir.toString());
        assertThat(pages).extracting(PageReader.Page::id).containsExactly("a", "b/c/p2");
    }

    @Test
    void readerRefusesMissingPath(@TempDir Path dir) {
        assertThatThrownBy(() -> PageReader.list("*.txt", dir.resolve("missing").toString()))
                .hasMessageContaining("missing").hasMessageContaining("no such file");
    }
}
