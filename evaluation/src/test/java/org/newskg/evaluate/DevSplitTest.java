package org.newskg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.model.Relation;

class DevSplitTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # id (first byte of SHA-256)        | part
            017                                  | CHECKING
            089                                  | CHECKING
            001                                  | TUNING
            053                                  | TUNING
            livingstone-quits-labour             | TUNING
            """, delimiter = '|')
    void assignsAnArticleToAPartByTheHashOfItsId(String id, DevSplit part) {
        assertThat(DevSplit.of(id)).isEqualTo(part);
        assertThat(part.contains(id)).isTrue();
        assertThat(DevSplit.ALL.contains(id)).isTrue();
    }

    @Test
    void keepsAboutAThirdForChecking() {
        long checking = IntStream.range(0, 3000).mapToObj(i -> String.format("%03d", i))
                .filter(id -> DevSplit.of(id) == DevSplit.CHECKING).count();
        assertThat(checking).isBetween(900L, 1100L);
    }

    @Test
    void selectsTheGoldRowsOfOnePart() {
        List<GoldRow> rows = List.of(
                new GoldRow("017", "Ann Holt", Relation.MEMBER_OF, "Green Party", true, "a:2"),
                new GoldRow("001", "Tom Reid", Relation.MEMBER_OF, "Labour Party", true, "b:2"));
        assertThat(DevSplit.CHECKING.select(rows)).extracting(GoldRow::articleId).containsExactly("017");
        assertThat(DevSplit.TUNING.select(rows)).extracting(GoldRow::articleId).containsExactly("001");
        assertThat(DevSplit.ALL.select(rows)).hasSize(2);
        assertThat(DevSplit.parse(" Checking ")).isEqualTo(DevSplit.CHECKING);
    }
}
