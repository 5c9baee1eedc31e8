package org.newskg.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads articles from any path Spark reads, into one shape: the columns of {@code kg extract}'s input
 * ({@code id, text, title, source, url, published}, all strings) plus {@code _corrupt} (a line Spark could
 * not parse, else null), {@code _file} (where the row came from) and {@code _order} (its position, for
 * "the first one read wins" among duplicate ids).
 */
public final class ArticleInput {

    /** The article columns of kg extract's CSV and JSON Lines input. */
    public static final List<String> COLUMNS = List.of("id", "text", "title", "source", "url", "published");

    /** How a path is read. */
    public enum Format {
        /** JSON Lines: one object a line with id and text (and the optional columns). */
        JSON,
        /** CSV with a header row naming id and text (RFC 4180 quoting, text may span lines). */
        CSV,
        /** Parquet with id and text columns. */
        PARQUET,
        /** Plain text files, one article each; the id is the file name without ".txt". */
        TEXT;

        /** The format a path's name suggests: .jsonl/.json, .csv, .parquet, else text files. */
        public static Format guess(String path) {
            String p = path.toLowerCase(Locale.ROOT);
            while (p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            if (p.endsWith(".jsonl") || p.endsWith(".json") || p.endsWith(".jsonl.gz") || p.endsWith(".json.gz")) {
                return JSON;
            }
            if (p.endsWith(".csv") || p.endsWith(".csv.gz")) {
                return CSV;
            }
            if (p.endsWith(".parquet")) {
                return PARQUET;
            }
            return TEXT;
        }
    }

    static final String CORRUPT = "_corrupt";
    static final String FILE = "_file";
    static final String ORDER = "_order";

    private ArticleInput() {
    }

    /**
     * The rows of one input in the common shape, or the required columns it lacks.
     *
     * @param rows    every row (nothing dropped: bad rows are judged later); null when columns are missing
     * @param missing "id" and/or "text" when the input's header has no such column, else empty
     */
    public record Input(Dataset<Row> rows, List<String> missing) {
    }

    /** Every row of {@code path} in the common shape, unless it lacks id or text columns. */
    public static Input read(SparkSession spark, String path, Format format) {
        Dataset<Row> raw = switch (format) {
            case JSON -> spark.read()
                    .schema(jsonSchema())
                    .option("mode", "PERMISSIVE")
                    .option("columnNameOfCorruptRecord", CORRUPT)
                    .json(path);
            case CSV -> spark.read()
                    .option("header", true)
                    .option("multiLine", true)
                    .option("escape", "\"")
                    .option("mode", "PERMISSIVE")
                    .csv(path);
            case PARQUET -> spark.read().parquet(path);
            case TEXT -> spark.read()
                    .option("wholetext", true)
                    .option("pathGlobFilter", "*.txt")
                    .option("recursiveFileLookup", true)
                    .text(path)
                    // a byte-order mark is not text, as kg extract reads a .txt file (offsets count from after it)
                    .withColumn("text", regexp_replace(col("value"), "^\uFEFF", ""))
                    .withColumn("id", regexp_extract(input_file_name(), "([^/]+)\\.txt$", 1));
        };
        List<String> have = Arrays.asList(raw.columns());
        List<String> missing = List.of("id", "text").stream().filter(c -> !have.contains(c)).toList();
        if (!missing.isEmpty()) {
            return new Input(null, missing);
        }
        Column[] select = new Column[COLUMNS.size() + 3];
        for (int i = 0; i < COLUMNS.size(); i++) {
            String c = COLUMNS.get(i);
            select[i] = have.contains(c) ? col(c).cast(DataTypes.StringType).as(c) : lit(null).cast(DataTypes.StringType).as(c);
        }
        select[COLUMNS.size()] = have.contains(CORRUPT) ? col(CORRUPT) : lit(null).cast(DataTypes.StringType).as(CORRUPT);
        select[COLUMNS.size() + 1] = input_file_name().as(FILE);
        select[COLUMNS.size() + 2] = monotonically_increasing_id().as(ORDER);
        return new Input(raw.select(select), List.of());
    }

    private static StructType jsonSchema() {
        StructType s = new StructType();
        for (String c : COLUMNS) {
            s = s.add(c, DataTypes.StringType, true);
        }
        return s.add(CORRUPT, DataTypes.StringType, true);
    }
}
