package org.newskg.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's CSV as ImportFiles writes it, and the rewrite of relationship files after the resolution. */
class ImportFilesTest {

    @TempDir
    Path tmp;

    @Test
    void valuesAreQuotedOnlyWhenTheyMustBe() throws IOException {
        Path file = tmp.resolve("f.csv");
        ImportFiles.CsvFile out = new ImportFiles.CsvFile(file, ":ID", "a", "b", "c", "d");
        out.id(7).field("plain").field("a, b").field("say \"no\"").field(null).end();
        out.id(8).field("").field(3).field(0.5).field("two\nlines").end();
        out.close();
        assertThat(Files.readString(file)).isEqualTo(":ID,a,b,c,d\n7,plain,\"a, b\",\"say \"\"no\"\"\",\n"
                + "8,\"\",3,0.5,\"two\nlines\"\n");
        assertThat(out.lineBreaks).isTrue();
    }

    @Test
    void remappingReplacesBothEndsAndKeepsQuotedLineBreaks() throws IOException {
        Path raw = tmp.resolve("raw");
        // each record begins with its article's node id (90, 91), which the remapped file drops
        Files.writeString(raw, ":START_ID,:END_ID,evidence,:TYPE\n90,1,2,\"x\ny, \"\"3,4\"\"\",MEMBER_OF\n90,3,2,z,MEMBER_OF\n"
                + "91,5,6,w,MEMBER_OF\n91,1,2,v,MEMBER_OF\n", StandardCharsets.UTF_8);
        Path file = tmp.resolve("out.csv");
        Map<Long, Long> moved = Map.of(1L, 3L, 6L, 10L);
        // node 1 goes to 3, but in article 91 to 4
        ImportFiles.Moves moves = (node, article) -> node == 1L && article == 91L ? Long.valueOf(4L) : moved.get(node);
        ImportFiles.remap(raw, file, moves, Set.of(List.of(3L, 2L)));
        assertThat(Files.readString(file)).isEqualTo(":START_ID,:END_ID,evidence,:TYPE,contested:boolean\n"
                + "3,2,\"x\ny, \"\"3,4\"\"\",MEMBER_OF,true\n3,2,z,MEMBER_OF,true\n5,10,w,MEMBER_OF,\n4,2,v,MEMBER_OF,\n");
        Path plain = tmp.resolve("plain.csv");
        ImportFiles.remap(raw, plain, (node, article) -> null, null);
        assertThat(Files.readString(plain)).isEqualTo(":START_ID,:END_ID,evidence,:TYPE\n1,2,\"x\ny, \"\"3,4\"\"\",MEMBER_OF\n"
                + "3,2,z,MEMBER_OF\n5,6,w,MEMBER_OF\n1,2,v,MEMBER_OF\n");
    }
}
