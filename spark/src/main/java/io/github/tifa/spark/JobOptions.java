package io.github.tifa.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;

/**
 * The command line of a job's {@code main}: {@code --name value} pairs, some required; anything else
 * prints the usage and exits with 2. And the session the job runs in.
 */
final class JobOptions {
    private final Map<String, String> values = new HashMap<>();

    private JobOptions() {
    }

    /** The options of {@code args}, each one of {@code names}, every one of {@code required} given. */
    static JobOptions parse(String[] args, List<String> names, List<String> required, String usage) {
        JobOptions o = new JobOptions();
        boolean ok = args.length % 2 == 0;
        for (int i = 0; ok && i + 1 < args.length; i += 2) {
            ok = names.contains(args[i]);
            o.values.put(args[i], args[i + 1]);
        }
        if (!ok || !o.values.keySet().containsAll(required)) {
            System.err.println("usage: " + usage);
            System.exit(2);
        }
        return o;
    }

    /** The value of option {@code name}, or {@code otherwise} when it was not given. */
    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /** A session named {@code app} on the {@code --master} given (else the one spark-submit sets), quiet. */
    SparkSession session(String app) {
        SparkSession.Builder builder = SparkSession.builder().appName(app);
        if (values.containsKey("--master")) {
            builder.master(values.get("--master"));
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
