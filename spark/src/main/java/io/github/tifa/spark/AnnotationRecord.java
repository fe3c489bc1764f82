package io.github.tifa.spark;

import java.io.Serializable;

import io.github.tifa.io.AnnotationRows;

/**
 * One output row: an annotation (page, layer, clean and raw code-point offsets, text, features as
 * JSON, rule), or, with {@code layer = ERROR}, a page that failed and why.
 */
public class AnnotationRecord implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String ERROR = "ERROR";

    private String page;
    private String layer;
    private int begin;
    private int end;
    private int rawBegin;
    private int rawEnd;
    private String text;
    private String features;
    private String rule;
    private String error;

    public AnnotationRecord() {
    }

    static AnnotationRecord of(AnnotationRows.Row r) {
        AnnotationRecord a = new AnnotationRecord();
        a.page = r.page();
        a.layer = r.layer();
        a.begin = r.begin();
        a.end = r.end();
        a.rawBegin = r.rawBegin();
        a.rawEnd = r.rawEnd();
        a.text = r.text();
        a.features = r.features();
        a.rule = r.rule();
        return a;
    }

    static AnnotationRecord error(String page, String message) {
        AnnotationRecord a = new AnnotationRecord();
        a.page = page;
        a.layer = ERROR;
        a.error = message;
        return a;
    }

    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getLayer() { return layer; }
    public void setLayer(String layer) { this.layer = layer; }
    public int getBegin() { return begin; }
    public void setBegin(int begin) { this.begin = begin; }
    public int getEnd() { return end; }
    public void setEnd(int end) { this.end = end; }
    public int getRawBegin() { return rawBegin; }
    public void setRawBegin(int rawBegin) { this.rawBegin = rawBegin; }
    public int getRawEnd() { return rawEnd; }
    public void setRawEnd(int rawEnd) { this.rawEnd = rawEnd; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getFeatures() { return features; }
    public void setFeatures(String features) { this.features = features; }
    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
    public String getError() { return error; }
    public void setError(String error) { this.error = error; }

    @Override
    public String toString() {
        return String.join("\t", page, layer, String.valueOf(begin), String.valueOf(end), String.valueOf(rawBegin),
                String.valueOf(rawEnd), String.valueOf(text), String.valueOf(features), String.valueOf(rule),
                String.valueOf(error));
    }
}
