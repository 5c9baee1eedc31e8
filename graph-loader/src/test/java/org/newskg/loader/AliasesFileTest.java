package org.newskg.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AliasesFileTest {

    @Test
    void mergesAndSplitsByKey() {
        var o = AliasesFile.parse(List.of("# my decisions", "", "merge, Ed Balls ,Edward BALLS, Mr Ed Balls",
                "SPLIT,George Bush,George W. Bush"), "aliases.csv");
        assertThat(o.merges()).containsExactly(List.of("ed balls", "edward balls"));
        assertThat(o.splits()).containsExactly(List.of("george bush", "george w bush"));
        assertThat(o.split("george w bush", "george bush")).isTrue();
    }

    @Test
    void aMalformedLineNamesItsLine() {
        assertThatThrownBy(() -> AliasesFile.parse(List.of("merge,A B,C D", "join,A B,C D"), "x.csv"))
                .hasMessageContaining("x.csv line 2");
        assertThatThrownBy(() -> AliasesFile.parse(List.of("split,Ann Lee,Mrs Ann Lee"), "x.csv"))
                .hasMessageContaining("line 1");
    }
}
