package org.newskg.extractor.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;

class PartyGazetteerTest {

    private static final PartyGazetteer GAZETTEER = PartyGazetteer.DEFAULT;

    /** A sentence tokenised on spaces, enough for alias matching (no tags needed). */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(tokens.size(), w, at, at + w.length(), "NN", w, "O", 0));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, at - 1, tokens);
    }

    private static String found(String text) {
        Sentence s = sentence(text);
        Doc doc = new Doc("t", text, List.of(s));
        Map<String, Integer> cues = GAZETTEER.countryCues(doc);
        return GAZETTEER.find(s).stream().map(m -> m.surface() + "=" + GAZETTEER.choose(m, cues).canonical())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Labour MP Stella Creasy                       => Labour=Labour Party
            the Tories said                               => Tories=Conservative Party
            Tory leader Michael Howard                     => Tory=Conservative Party
            Lib Dem leader Charles Kennedy                 => Lib Dem=Liberal Democrats
            the Lib Dems branded it                       => Lib Dems=Liberal Democrats
            Liberal Democrat leader Charles Kennedy        => Liberal Democrat=Liberal Democrats
            SNP leader Alex Salmond                        => SNP=Scottish National Party
            UK Independence Party leader Roger Knapman     => UK Independence Party=UK Independence Party
            ex-UKIP MEP Robert Kilroy-Silk                 => UKIP=UK Independence Party
            Simon Thomas of Plaid Cymru                    => Plaid Cymru=Plaid Cymru
            a GOP primary in Iowa                          => GOP=Republican Party
            Democratic Sen. Bernie Sanders                 => Democratic=Democratic Party
            Conservative Party chairman Grant Shapps       => Conservative Party=Conservative Party
            Sinn Fein president Gerry Adams                => Sinn Fein=Sinn Féin
            Fianna Fail and Fine Gael                      => Fianna Fail=Fianna Fáil; Fine Gael=Fine Gael
            the CDU and the SPD in Berlin                  => CDU=Christian Democratic Union; SPD=Social Democratic Party
            Likud leader in Jerusalem                      => Likud=Likud
            Zionist Union leader Eli Barak in Tel Aviv     => Zionist Union=Zionist Union
            Syriza and New Democracy in Athens             => Syriza=Syriza; New Democracy=New Democracy
            APC and PDP candidates in Nigeria              => APC=All Progressives Congress; PDP=Peoples Democratic Party
            Front National leader                          => Front National=Front National
            Ex-Labour minister Tom Walsh                   => Labour=Labour Party
            defected to Tom Walsh's Veritas Party          => Veritas Party=Veritas
            the Democrat Party platform                    => Democrat Party=Democratic Party
            Labor leader Tom Walsh in Sydney               => Labor=Australian Labor Party
            """)
    void findsPartiesByAliasAndGivesTheirCanonicalName(String text, String expected) {
        assertThat(found(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            the labour market is tight
            conservative donors gave money
            democratic values matter
            a republican form of government
            with help from Labor Secretary Tom Walsh
            the Labor Department said
            """)
    void lowerCaseWordsAreNotParties(String text) {
        assertThat(found(text)).isEmpty();
    }

    /**
     * A sentence tokenised as the tagger would, enough for the gated aliases: a possessive or a plural's apostrophe is
     * a word of its own tagged POS, a capitalised word after the first NNP ("Countryside Alliance"), a nationality JJ.
     */
    private static Sentence tagged(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : PartyGazetteer.tokens(text).split(" ")) {
            String pos = w.equals("'s") || w.equals("'") ? "POS"
                    : NATIONALITIES.contains(w) ? "JJ"
                    : !tokens.isEmpty() && Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(tokens.size(), w, at, at + w.length(), pos, w, "O", 0));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, at - 1, tokens);
    }

    private static final java.util.Set<String> NATIONALITIES = java.util.Set.of("Italian", "Japanese", "Mexican",
            "Spanish", "Dutch", "Scottish");

    /** The parties of a one-sentence article, with its country cues and the gated aliases they favour. */
    private static String foundInArticle(String text) {
        Sentence s = tagged(text);
        Map<String, Integer> cues = GAZETTEER.countryCues(new Doc("t", text, List.of(s)));
        return GAZETTEER.find(s, cues).stream()
                .map(m -> m.surface().replace(" '", "'") + "=" + GAZETTEER.choose(m, cues).canonical())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Sanne Oudeman of the Party for Freedom spoke in The Hague            => Party for Freedom=Party for Freedom
            PVV leader Sanne Oudeman said the Netherlands must leave             => PVV=Party for Freedom
            Freedom Party leader Bram Ottevanger said Dutch voters agreed        => Freedom Party=Party for Freedom
            VVD leader Joris Kleinhout spoke in Amsterdam                        => VVD=People's Party for Freedom and Democracy
            Labour leader Femke Wijnberg said the Dutch government fell in Rotterdam => Labour=Dutch Labour Party
            Femke Wijnberg of the Dutch Labour Party                             => Dutch Labour Party=Dutch Labour Party
            PvdA leader Femke Wijnberg                                           => PvdA=Dutch Labour Party
            D66 leader Joris Kleinhout spoke in Utrecht                          => D66=Democrats 66
            CDA leader Bram Ottevanger said the Netherlands must act             => CDA=Christian Democratic Appeal
            the Christian Democrats in Amsterdam and The Hague                   => Christian Democrats=Christian Democratic Appeal
            Forza Italia senator Lucia Ferrandi spoke in Rome                    => Forza Italia=Forza Italia
            Northern League leader Paolo Sartini spoke in Milan                  => Northern League=Northern League
            Lega leader Paolo Sartini said Italy would close its ports           => Lega=Northern League
            Italy's Five Star leader Giulia Menotti said Rome had failed         => Five Star=Five Star Movement
            the 5-Star Movement won in Turin                                     => 5-Star Movement=Five Star Movement
            M5S senator Giulia Menotti                                           => M5S=Five Star Movement
            Marco Bellanti of Italy's Democratic Party said Rome and Milan agreed => Democratic Party=Democratic Party (Italy)
            the Italian PD senator Marco Bellanti spoke in Rome                  => PD=Democratic Party (Italy)
            Spain's PP leader Ana Lozaneda said Madrid would not negotiate       => PP=People's Party (Spain)
            Ana Lozaneda of the People's Party said Spain would recover          => People's Party=People's Party (Spain)
            PSOE leader Javier Ortuzar spoke in Madrid                           => PSOE=Spanish Socialist Workers' Party
            Javier Ortuzar of the Spanish Socialist Workers' Party               => Spanish Socialist Workers' Party=Spanish Socialist Workers' Party
            Socialist leader Javier Ortuzar said Spain must act                  => Socialist=Spanish Socialist Workers' Party
            Podemos leader Carmen Villaseca spoke in Madrid                      => Podemos=Podemos
            Ciudadanos leader Carmen Villaseca spoke in Barcelona                => Ciudadanos=Ciudadanos
            Vox leader Carmen Villaseca said Spain was in danger                 => Vox=Vox (Spain)
            FPÖ leader Karl Obermaier spoke in Vienna                            => FPÖ=Freedom Party of Austria
            Freedom Party leader Karl Obermaier said Austria must act            => Freedom Party=Freedom Party of Austria
            ÖVP leader Lena Hofstetter said Austria would act                    => ÖVP=Austrian People's Party
            the People's Party won in Vienna and Salzburg                        => People's Party=Austrian People's Party
            SPÖ chairman Lena Hofstetter spoke in Vienna                         => SPÖ=Social Democratic Party of Austria
            Sweden Democrats leader Lars Berglind spoke in Stockholm             => Sweden Democrats=Sweden Democrats
            Maja Ekholt of the Swedish Social Democrats                          => Swedish Social Democrats=Swedish Social Democrats
            Social Democrat leader Maja Ekholt said Sweden must act in Stockholm => Social Democrat=Swedish Social Democrats
            Moderate leader Lars Berglind said Sweden must act                   => Moderate=Moderate Party
            Moderate Party leader Lars Berglind                                  => Moderate Party=Moderate Party
            Law and Justice leader Tomasz Kielbowicz said Poland would not yield => Law and Justice=Law and Justice
            PiS leader Tomasz Kielbowicz spoke in Warsaw                         => PiS=Law and Justice
            Civic Platform leader Agata Wrzosek spoke in Warsaw                  => Civic Platform=Civic Platform
            Fidesz MP Laszlo Bereczky spoke in Budapest                          => Fidesz=Fidesz
            Jobbik leader Laszlo Bereczky spoke in Budapest                      => Jobbik=Jobbik
            Vlaams Belang leader Jan Verstrepen spoke in Antwerp                 => Vlaams Belang=Vlaams Belang
            N-VA leader Jan Verstrepen spoke in Antwerp                          => N-VA=New Flemish Alliance
            Danish People's Party leader Mette Skovlund spoke in Copenhagen      => Danish People's Party=Danish People's Party
            Swiss People's Party leader Hans Amsler spoke in Zurich              => Swiss People's Party=Swiss People's Party
            SVP leader Hans Amsler said Switzerland would vote                   => SVP=Swiss People's Party
            ANC spokesman Sipho Ndlovane said South Africa was stable            => ANC=African National Congress
            Democratic Alliance leader Thandi Mokoena spoke in Johannesburg      => Democratic Alliance=Democratic Alliance
            EFF leader Thandi Mokoena spoke in Johannesburg                      => EFF=Economic Freedom Fighters
            BJP leader Raj Malhotra spoke in Delhi                               => BJP=Bharatiya Janata Party
            Raj Malhotra of the Congress party spoke in Mumbai                   => Congress party=Indian National Congress
            LDP lawmaker Kenji Hoshida said Japan would act                      => LDP=Liberal Democratic Party (Japan)
            Japan's Liberal Democratic Party won in Tokyo                        => Liberal Democratic Party=Liberal Democratic Party (Japan)
            United Russia deputy Ivan Korolenko spoke in Moscow                  => United Russia=United Russia
            AKP spokesman Mehmet Yildan spoke in Ankara                          => AKP=Justice and Development Party
            PRI candidate Jose Ramirez Ochoa spoke in Mexico                     => PRI=Institutional Revolutionary Party
            the Mexican PAN senator Jose Ramirez Ochoa                           => PAN=National Action Party
            Morena leader Jose Ramirez Ochoa said Mexico would change            => Morena=National Regeneration Movement
            Workers' Party leader Joao Bastos said Brazil would recover          => Workers' Party=Workers' Party (Brazil)
            PT leader Joao Bastos spoke in Brasilia                              => PT=Workers' Party (Brazil)
            ZANU-PF spokesman Tendai Mushonga spoke in Harare                    => ZANU-PF=ZANU-PF
            MDC leader Tendai Mushonga said Zimbabwe needed change               => MDC=Movement for Democratic Change
            Marine Leclerc , leader of the National Front , spoke                => National Front=Front National
            a CDU MP spoke in Berlin                                             => CDU=Christian Democratic Union
            CSU leader Hans Vogler spoke in Munich                               => CSU=Christian Social Union
            SPD leader Hans Vogler spoke in Berlin                               => SPD=Social Democratic Party
            AfD leader Hans Vogler spoke in Berlin                               => AfD=Alternative for Germany
            the Christian Democrats in Berlin                                    => Christian Democrats=Christian Democratic Union
            Congress passed the bill                                             => ~~
            Labour MP Ann Holt spoke                                             => Labour=Labour Party
            Labour MP Ann Holt said Dutch voters would not care                  => Labour=Labour Party
            the Liberal Democrats                                                => Liberal Democrats=Liberal Democrats
            a National Front march in Leeds                                      => National Front=National Front
            Democratic Sen. Ann Holt of Ohio                                     => Democratic=Democratic Party
            the Democratic Party in Washington said Italy was an ally            => Democratic Party=Democratic Party
            the Socialist Party in Paris                                         => Socialist Party=Socialist Party
            Social Democrats TD Ann Holt in Dublin                               => Social Democrats=Social Democrats
            the People's Party in London                                         => ~~
            Vox reported in Washington                                           => ~~
            EFF lawyer Tom Walsh said the California ruling was wrong            => ~~
            North Korea's Workers' Party                                         => ~~
            the Countryside Alliance in London                                   => ~~
            a Freedom Caucus member in Washington                                => ~~
            """)
    void findsTheMainPartiesOfMoreCountriesAndKeepsTheOldReadingsAtHome(String text, String expected) {
        assertThat(foundInArticle(text)).isEqualTo(expected);
    }

    @Test
    void countryCuesChooseBetweenPartiesSharingAnAlias() {
        assertThat(found("Liberal leader in Ottawa said Canada must act"))
                .isEqualTo("Liberal=Liberal Party of Canada");
        assertThat(found("Liberal leader in Canberra said Australia must act"))
                .isEqualTo("Liberal=Liberal Party of Australia");
        assertThat(found("Labour TD in Dublin said Ireland must act")).isEqualTo("Labour=Irish Labour Party");
        assertThat(found("Labour MP said")).isEqualTo("Labour=Labour Party");
        // the US's own parties and states are cues too: no other word here says which Green Party
        assertThat(found("Backers of the Vermont senator may turn to the Green Party candidate"))
                .isEqualTo("Green Party=Green Party of the United States");
    }

    @Test
    void knowsWhichNamesAreParties() {
        assertThat(GAZETTEER.isPartyName("Lib Dem")).isTrue();
        assertThat(GAZETTEER.isPartyName("Labour")).isTrue();
        assertThat(GAZETTEER.isPartyName("Stella Creasy")).isFalse();
        assertThat(GAZETTEER.canonicalNames()).contains("Labour Party", "Conservative Party", "Democratic Party",
                "Republican Party", "Liberal Democrats", "Scottish National Party", "UK Independence Party");
    }
}
