package org.newskg.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot tests' failure message: only the rows that changed, removed ones first. */
class SnapshotsTest {

    @Test
    void diffListsOnlyChangedRowsRemovedBeforeAdded() {
        String diff = Snapshots.diff(List.of("a MEMBER_OF: X -> Labour", "a SAID: X -> hello", "b SAID: Y -> bye"),
                List.of("a MEMBER_OF: X -> Labour", "a SAID: X -> hello there", "b SAID: Y -> bye", "c SAID: Z -> new"));
        assertThat(diff).isEqualTo("""
                - a SAID: X -> hello
                + a SAID: X -> hello there
                + c SAID: Z -> new
                """);
    }

    @Test
    void sameRowsInDifferentBytesAreSaidToDifferInBytes() {
        assertThat(Snapshots.diff(List.of("a"), List.of("a"))).contains("differ in bytes");
    }

    @Test
    void rowsReadFromCsvAreOneLineEach() throws Exception {
        String csv = "article_id,subject,subject_type,predicate,object,object_type,confidence,evidence,start,end,rule\r\n"
                + "a,Ann Lee,PERSON,SAID,\"Two\nlines\",QUOTE,0.900,\"She said: \"\"Two\nlines\"\"\",0,20,said.after\r\n";
        assertThat(ExamplesSnapshotIT.rows(csv))
                .containsExactly("a SAID: Ann Lee -> Two lines [said.after 0-20 conf 0.900] She said: \"Two lines\"");
    }
}
