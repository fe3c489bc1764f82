package io.github.tifa.spark;

import java.io.Serializable;

/** A page to annotate: its id and either the file's bytes (decoded strictly) or its text. */
public class PageInput implements Serializable {
    private static final long serialVersionUID = 1L;

    private String id;
    private String text;
    private byte[] bytes;

    public PageInput() {
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public byte[] getBytes() { return bytes; }
    public void setBytes(byte[] bytes) { this.bytes = bytes; }
}
