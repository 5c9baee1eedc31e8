package org.newskg.extractor.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteFinderTest {

    /** Quote texts joined with " || "; "\n" in the input is a paragraph break. */
    private static String found(String text) {
        String t = text.replace("\\n", "\n");
        return QuoteFinder.find(t).stream().map(q -> q.text(t)).collect(Collectors.joining(" || "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Mr Smith said: ‘Labour’s plan wasn’t good.’                        => Labour’s plan wasn’t good.
            “It is over,” she said. “We lost.”                                  => It is over, || We lost.
            "It is over," she said.                                             => It is over,
            'It's Labour's fault,' he said. 'They didn't listen.'               => It's Labour's fault, || They didn't listen.
            ``It is over,'' she said.                                           => It is over,
            ''It is over,'' she said.                                           => It is over,
            ‘He called it “a disgrace” today,’ she said.                        => He called it “a disgrace” today,
            "He called it 'a disgrace' today," she said.                        => He called it 'a disgrace' today,
            ‘I would call them ‘sensible elements’ myself.’                     => I would call them ‘sensible elements’ myself.
            There was going to be a'stalemate hung Parliament' he said.         => stalemate hung Parliament
            He attacked Labour's proposed'mansion tax' on homes.                => mansion tax
            'The MPs' expenses are wrong,' he said.                             => The MPs' expenses are wrong,
            'In the '90s we won,' he said.                                      => In the '90s we won,
            'Mr O'Brien is right,' she said.                                    => Mr O'Brien is right,
            'It is a risk,' said Sophie in 't Veld, a Dutch liberal.           => It is a risk,
            ‘We like rock ’n’ roll,’ said Sophie in ’t Veld.                   => We like rock ’n’ roll,
            It's the MPs' day and we're off.                                    =>
            He admitted it had become a ‘distraction’.                          => distraction
            He said: ‘It is wrong to use taxpayers’ money. It must stop.’ Then Reid said: ‘I asked him about ‘Great England’ at home. ‘I thought he might be shy.’ => It is wrong to use taxpayers’ money. It must stop. || I asked him about ‘Great England’ at home. || I thought he might be shy.
            He spoke of ‘wicked issues’ facing us. She said: ‘We will see.      => wicked issues || We will see.
            He said: "First sentence. "Second sentence. "Third one."            => First sentence. || Second sentence. || Third one.
            The mayor added: I am not saying that at all.' Then he left.        => I am not saying that at all.
            He replied: ‘Don’t get rattled, come on now. Then Mr X spoke. He said: ‘Fine by me.’ => Don’t get rattled, come on now. || Fine by me.
            'Tell the truth,' the statement said. 'That is our message to him. The lawsuits say the brothers ordered him to run there, the suit said, later adding: 'He went over the railing.' Then more. => Tell the truth, || That is our message to him. || He went over the railing.
            ‘Unclosed and the paragraph ends here                               => Unclosed and the paragraph ends here
            "" and "  " are empty                                               =>
            """)
    void findsQuotesInEveryConvention(String text, String expected) {
        assertThat(found(text)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void splitsAQuoteRunningOverParagraphsIntoOneQuotePerParagraph() {
        String text = "He said: ‘First part of it.\n‘Second part, Labour’s.\n\n‘Third part.’ Then he left.\n‘Other.’";
        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).extracting(q -> q.text(text))
                .containsExactly("First part of it.", "Second part, Labour’s.", "Third part.", "Other.");
        assertThat(quotes).extracting(Quote::continued).containsExactly(false, true, true, false);
        assertThat(quotes).extracting(Quote::closed).containsExactly(false, false, true, true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            He said: 'The road is a worry for all of us. The council built the road in May. Drivers use it daily. The mayor has promised repairs. 'We will keep asking.' => The road is a worry for all of us. || We will keep asking.
            He said: 'The road is a worry. The council failed us. We will keep on asking them. 'It is not over.' => The road is a worry. The council failed us. We will keep on asking them. || It is not over.
            He said: 'The road is a worry. The council failed. 'We will keep asking.' => The road is a worry. The council failed. || We will keep asking.
            """)
    void endsAReopenedQuoteBeforeNarrationOfAFlattenedParagraph(String text, String expected) {
        assertThat(found(text)).isEqualTo(expected);
    }

    @Test
    void nestedQuotesInsideARunningParagraphQuoteStayInside() {
        String text = "He told MailOnline: ‘He regards them as ‘right wing elements’.\n‘I would call them ‘sensible’.\n‘Enough.’";
        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).extracting(q -> q.text(text)).containsExactly(
                "He regards them as ‘right wing elements’.", "I would call them ‘sensible’.", "Enough.");
    }

    @Test
    void anAttributeValueOfMarkupIsNoQuote() {
        String text = "“Over my dead body,” she posted.\n<tweet tweet-id=\"676489052539912192\"><tweet/>. And “Enough.”";
        assertThat(QuoteFinder.find(text)).extracting(q -> q.text(text)).containsExactly("Over my dead body,", "Enough.");
    }

    @Test
    void quoteSpansAreWellFormedAndInOrder() {
        String text = "‘A b c,’ he said. “D e f.” 'G h i' and \"j k l\".";
        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).hasSize(4);
        int last = 0;
        for (Quote q : quotes) {
            assertThat(q.begin()).isGreaterThanOrEqualTo(last);
            assertThat(q.textBegin()).isGreaterThan(q.begin());
            assertThat(q.end()).isGreaterThan(q.textEnd());
            last = q.end();
        }
    }
}
