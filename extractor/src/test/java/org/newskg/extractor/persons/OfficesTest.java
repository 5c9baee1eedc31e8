package org.newskg.extractor.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfficesTest {

    private static Offices run(String... texts) {
        return Offices.learned(List.of(texts));
    }

    @Test
    void anOfficeTheRunTiesToAPersonIsTheirsInAnArticleThatTiesItToNobody() {
        Offices offices = run("Prime Minister Tom Reid spoke in Leeds.", "The chancellor, Ann Holt, said it was fair.");
        assertThat(offices.heldIn("Mr Reid said the prime minister would not resign.", List.of("Tom Reid", "Peter Baker")))
                .isEqualTo(Map.of("Tom Reid", List.of(List.of("prime", "minister"))));
        assertThat(offices.heldIn("Ms Holt denied it. The chancellor said so.", List.of("Ann Holt")))
                .isEqualTo(Map.of("Ann Holt", List.of(List.of("chancellor"))));
    }

    @Test
    void theWaysAnOfficeIsWrittenWithANameAreRead() {
        Offices offices = run("Tom Reid, the prime minister, left.", "Chancellor of the Exchequer Ann Holt's Budget.",
                "Asked about it, President Peter Baker Tuesday said no.");
        assertThat(offices.heldIn("Reid spoke.", List.of("Tom Reid"))).containsKey("Tom Reid");
        assertThat(offices.heldIn("Holt spoke.", List.of("Ann Holt"))).isEqualTo(Map.of("Ann Holt", List.of(List.of("chancellor"))));
        assertThat(offices.heldIn("Baker spoke.", List.of("Peter Baker"))).isEqualTo(Map.of("Peter Baker", List.of(List.of("president"))));
    }

    @Test
    void aSurnameNamesTheHolderOnlyWhenTheArticleNamesThemSoAlone() {
        Offices offices = run("Prime Minister Tom Reid spoke.", "President Johnson spoke.");
        assertThat(offices.heldIn("Reid spoke. The prime minister left.", List.of("Reid"))).containsKey("Reid");
        assertThat(offices.heldIn("Boris Johnson spoke. The president left.", List.of("Boris Johnson"))).isEmpty();
    }

    @Test
    void nothingWhenTheArticleTiesTheOfficeItselfOrSeveralOfItsPersonsHoldIt() {
        Offices offices = run("Prime Minister Tom Reid spoke.", "Prime Minister Ann Holt spoke.");
        assertThat(offices.heldIn("Prime Minister Priya Patel met Tom Reid.", List.of("Priya Patel", "Tom Reid"))).isEmpty();
        assertThat(offices.heldIn("Tom Reid met Ann Holt.", List.of("Tom Reid", "Ann Holt"))).isEmpty();
    }

    @Test
    void ofTwoHoldersTheOneHolderOfAnotherOfficeTheArticleNamesIsNotTheHolder() {
        // a run of many years: Cole was chancellor under Reid, then prime minister himself
        Offices years = run("Prime Minister Tom Reid spoke.", "Chancellor Sam Cole spoke.",
                "Prime Minister Sam Cole spoke.", "Chancellor Ann Holt spoke in 2009.");
        String thanked = " The prime minister thanked the chancellor.";
        assertThat(years.heldIn("Mr Reid met Mr Cole." + thanked, List.of("Tom Reid", "Sam Cole"))).isEqualTo(
                Map.of("Tom Reid", List.of(List.of("prime", "minister")), "Sam Cole", List.of(List.of("chancellor"))));
        assertThat(years.heldIn("Mr Cole met Ms Holt." + thanked, List.of("Sam Cole", "Ann Holt"))).isEqualTo(
                Map.of("Sam Cole", List.of(List.of("prime", "minister")), "Ann Holt", List.of(List.of("chancellor"))));
        // the piece names no chancellor: either of two prime ministers
        assertThat(years.heldIn("Mr Reid met Mr Cole. The prime minister left.", List.of("Tom Reid", "Sam Cole")))
                .doesNotContainKey("Tom Reid");
        // a party's leader may be its prime minister too
        Offices leaders = run("Prime Minister Tom Reid spoke.", "Prime Minister Sam Cole spoke.",
                "Labour leader Sam Cole spoke.");
        assertThat(leaders.heldIn("Mr Reid met Mr Cole. The prime minister thanked the Labour leader.",
                List.of("Tom Reid", "Sam Cole"))).doesNotContainKey("Tom Reid");
    }

    @Test
    void aPartysLeaderAndNomineeAreOfficesAndAPersonMayHoldTwo() {
        Offices offices = run("Prime Minister Tom Reid spoke.", "Labour leader Tom Reid spoke.",
                "Republican presidential nominee Ann Holt spoke.", "The 2012 Republican nominee Peter Baker spoke.");
        assertThat(offices.heldIn("Reid spoke.", List.of("Tom Reid")).get("Tom Reid"))
                .containsExactlyInAnyOrder(List.of("prime", "minister"), List.of("labour", "leader"));
        assertThat(offices.heldIn("Holt spoke.", List.of("Ann Holt")))
                .isEqualTo(Map.of("Ann Holt", List.of(List.of("republican", "nominee"))));
        assertThat(offices.heldIn("Baker spoke.", List.of("Peter Baker"))).isEmpty();
    }

    @Test
    void aFormerHolderOrAnotherRankIsNoHolder() {
        Offices offices = run("Former prime minister Tom Reid spoke.", "Deputy Prime Minister Ann Holt spoke.",
                "Shadow chancellor Peter Baker spoke.");
        assertThat(offices.heldIn("Reid, Holt and Baker spoke.", List.of("Tom Reid", "Ann Holt", "Peter Baker")))
                .isEqualTo(Map.of("Ann Holt", List.of(List.of("deputy", "prime", "minister")),
                        "Tom Reid", List.of(List.of("former", "prime", "minister"))));
        Offices current = run("Prime Minister Tom Reid spoke.");
        assertThat(current.heldIn("The ex-prime minister Tom Reid spoke.", List.of("Tom Reid"))).isEmpty();
        assertThat(current.heldIn("Tom Reid met former Prime Minister Reid's son.", List.of("Tom Reid"))).isEmpty();
        assertThat(run("Vice-president Tom Reid spoke.").heldIn("Reid spoke.", List.of("Tom Reid"))).isEmpty();
        assertThat(run("NEA President Tom Reid spoke.").heldIn("Reid spoke.", List.of("Tom Reid"))).isEmpty();
        assertThat(Offices.NONE.heldIn("Reid spoke.", List.of("Tom Reid"))).isEmpty();
    }

    @Test
    void theOnePersonOfAnArticleTheRunCallsAFormerHolderIsTheFormerHolderItTiesToNobody() {
        Offices offices = run("Former President Tom Reid spoke in Leeds.", "Ann Holt, the former chancellor, spoke.",
                "Former president Peter Baker spoke too.");
        assertThat(offices.heldIn("Jo Reid met her brother, Tom Reid. The former president said so.",
                List.of("Jo Reid", "Tom Reid"))).isEqualTo(Map.of("Tom Reid", List.of(List.of("former", "president"))));
        assertThat(run("Former President Tom W. Reid spoke.").heldIn("Jo Reid met Tom W. Reid.", List.of("Jo Reid", "Tom W. Reid")))
                .isEqualTo(Map.of("Tom W. Reid", List.of(List.of("former", "president"))));
        assertThat(offices.heldIn("Holt spoke. The ex-chancellor left.", List.of("Ann Holt")))
                .isEqualTo(Map.of("Ann Holt", List.of(List.of("former", "chancellor"))));
        assertThat(run("Ann Holt, the onetime chancellor, spoke.").heldIn("Holt spoke.", List.of("Ann Holt")))
                .isEqualTo(Map.of("Ann Holt", List.of(List.of("former", "chancellor")))); // a former holder only
        // the article ties the former office itself; two of its persons are former holders; it calls him the holder
        assertThat(offices.heldIn("Former President Sam Cole met Tom Reid.", List.of("Sam Cole", "Tom Reid"))).isEmpty();
        assertThat(offices.heldIn("Tom Reid met Peter Baker.", List.of("Tom Reid", "Peter Baker"))).isEmpty();
        assertThat(offices.heldIn("President Tom Reid spoke.", List.of("Tom Reid"))).isEmpty();
    }
}
