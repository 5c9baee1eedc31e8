package org.newskg.loader;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * The rows of a local Parquet file, some columns of it, one at a time, with the Parquet library Neo4j's importer
 * brings (parquet-hadoop 1.17) but without Hadoop: its {@code Configuration} needs libraries the embedded Neo4j
 * leaves out, so the options are Parquet's plain ones and pages are decompressed here (uncompressed, Snappy as
 * Spark writes it by default, gzip, zstd).
 */
final class ParquetRows implements Closeable {

    private final ParquetFileReader reader;
    private final MessageType projection;
    private final MessageColumnIO io;
    private RecordReader<Group> records;
    private long left;

    private final MessageType schema;

    private ParquetRows(ParquetFileReader reader, MessageType schema, MessageType projection) {
        this.schema = schema;
        this.reader = reader;
        this.projection = projection;
        this.io = new ColumnIOFactory().getColumnIO(projection);
    }

    /** Opens {@code file}; throws {@link MissingColumn} when it lacks one of {@code columns}. */
    static ParquetRows open(Path file, List<String> columns) throws IOException {
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new Codecs()).build();
        ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options);
        try {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<Type> fields = new ArrayList<>();
            for (String c : columns) {
                if (!schema.containsField(c)) {
                    throw new MissingColumn(c);
                }
                fields.add(schema.getType(c));
            }
            MessageType projection = new MessageType(schema.getName(), fields);
            reader.setRequestedSchema(projection);
            return new ParquetRows(reader, schema, projection);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The file lacks a column. */
    static final class MissingColumn extends IOException {
        private static final long serialVersionUID = 1L;
        final String column;

        MissingColumn(String column) {
            super("no '" + column + "' column");
            this.column = column;
        }
    }

    /** Whether the file has {@code column}, read or not. */
    boolean has(String column) {
        return schema.containsField(column);
    }

    /** The next row's values in the order of the columns (null where a row has none), or null after the last. */
    Object[] next() throws IOException {
        while (left == 0) {
            PageReadStore pages = reader.readNextRowGroup();
            if (pages == null) {
                return null;
            }
            left = pages.getRowCount();
            records = io.getRecordReader(pages, new GroupRecordConverter(projection));
        }
        left--;
        Group g = records.read();
        Object[] row = new Object[projection.getFieldCount()];
        for (int c = 0; c < row.length; c++) {
            if (g.getFieldRepetitionCount(c) == 0) {
                continue;
            }
            row[c] = switch (projection.getType(c).asPrimitiveType().getPrimitiveTypeName()) {
                case BINARY, FIXED_LEN_BYTE_ARRAY -> g.getString(c, 0);
                case DOUBLE -> g.getDouble(c, 0);
                case FLOAT -> (double) g.getFloat(c, 0);
                case INT32 -> g.getInteger(c, 0);
                case INT64 -> g.getLong(c, 0);
                case BOOLEAN -> g.getBoolean(c, 0);
                default -> g.getValueToString(c, 0);
            };
        }
        return row;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Page decompression without Hadoop's codecs. */
    private static final class Codecs implements CompressionCodecFactory {

        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
            throw new UnsupportedOperationException("kg reads Parquet only");
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            return new BytesInputDecompressor() {
                @Override
                public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                    return BytesInput.from(bytes(codec, bytes.toByteArray(), uncompressedSize));
                }

                @Override
                public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                        throws IOException {
                    byte[] in = new byte[compressedSize];
                    input.duplicate().get(in);
                    output.put(bytes(codec, in, uncompressedSize));
                }

                @Override
                public void release() {
                }
            };
        }

        private static byte[] bytes(CompressionCodecName codec, byte[] in, int uncompressedSize) throws IOException {
            return switch (codec) {
                case UNCOMPRESSED -> in;
                case SNAPPY -> org.xerial.snappy.Snappy.uncompress(in);
                case GZIP -> {
                    try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(in))) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream(uncompressedSize);
                        gz.transferTo(out);
                        yield out.toByteArray();
                    }
                }
                case ZSTD -> com.github.luben.zstd.Zstd.decompress(in, uncompressedSize);
                default -> throw new IOException("pages compressed with " + codec + ", which kg does not read; write the"
                        + " Parquet files with snappy (Spark's default), gzip, zstd or none");
            };
        }

        @Override
        public void release() {
        }
    }
}
