package io.github.tifa.eval;

import java.util.List;
import java.util.Map;

/** The result of scoring system annotations against gold: what the reports show. */
public record Evaluation(List<String> documents, List<TypeScore> types, Counts microStrict, Counts microLenient,
        double macroStrictF1, double macroLenientF1, List<FeatureScore> features, Counts titleOf,
        Map<String, Integer> confusion, List<ErrorItem> errors) {

    /** True positives, false positives, false negatives, and the measures made of them. */
    public record Counts(int tp, int fp, int fn) {
        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        /** Precision; 1.0 when the system proposed nothing (and so made no mistake). */
        public double precision() {
            return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
        }

        /** Recall; 1.0 when gold holds nothing. */
        public double recall() {
            return tp + fn == 0 ? (fp == 0 ? 1.0 : 0.0) : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        public int gold() {
            return tp + fn;
        }

        public int system() {
            return tp + fp;
        }
    }

    /** Scores of one annotation type. */
    public record TypeScore(String type, Counts strict, Counts lenient) {
    }

    /** Accuracy of one feature over the strictly matched spans that carry it in gold or system. */
    public record FeatureScore(String type, String feature, int correct, int total) {
        public double accuracy() {
            return total == 0 ? 1.0 : (double) correct / total;
        }
    }

    /** One false positive (FP) or false negative (FN) under strict matching. */
    public record ErrorItem(String document, String kind, String type, int begin, int end, String text, String left,
            String right, String rule, String note) {
    }
}
