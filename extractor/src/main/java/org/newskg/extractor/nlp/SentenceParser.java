package org.newskg.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The basic dependency parse of one sentence, with the parser's known mistakes mended. The parser is not part of the
 * pipeline: its model (property {@code newskg.depparse.model}) is loaded on the first parse and then shared. The mends
 * ({@link RelativeClauseMends}, {@link AttachmentMends}, {@link SubjectMends}, {@link ReportMends}) run in one fixed
 * order, which is part of what the parse is: a later mend reads what an earlier one made of the sentence.
 */
final class SentenceParser {

    private final String parserModel;
    private volatile DependencyParser parser;

    SentenceParser(Properties props) {
        this.parserModel = props.getProperty("newskg.depparse.model", DependencyParser.DEFAULT_MODEL);
    }

    /**
     * The basic dependency parse of one sentence of a {@link Doc} made by the {@link Analyzer}. Loads the
     * parser model on first use (about a second); thread-safe.
     */
    Dependencies parse(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>();
        int i = 1;
        for (Token t : sentence.tokens()) {
            CoreLabel l = new CoreLabel();
            String word = t.word().length() > 1 ? t.word().replace('\u2019', '\'') : t.word(); // as the tagger read it
            l.setWord(word);
            l.setValue(word);
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setNER(t.ner());
            l.setIndex(i++);
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            labels.add(l);
        }
        CoreMap coreSentence = new ArrayCoreMap();
        coreSentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        GrammaticalStructure gs = parser().predict(coreSentence);
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(rels, "dep");
        for (TypedDependency td : gs.typedDependencies()) {
            int dep = td.dep().index() - 1;
            if (dep >= 0 && dep < n) {
                heads[dep] = td.gov().index() - 1;
                rels[dep] = td.reln().toString();
            }
        }
        RelativeClauseMends.relativeWho(sentence.tokens(), heads, rels);
        RelativeClauseMends.relativeOfNounBeforeName(sentence.tokens(), heads, rels);
        AttachmentMends.nameUnderParenthetical(sentence.tokens(), heads, rels);
        AttachmentMends.participleOnDate(sentence.tokens(), heads, rels);
        RelativeClauseMends.relativeVerbTakenForSubject(sentence.tokens(), heads, rels);
        RelativeClauseMends.verbAfterRelative(sentence.tokens(), heads, rels);
        SubjectMends.namesAfterOpening(sentence.tokens(), heads, rels);
        SubjectMends.participleTakenForSubject(sentence.tokens(), heads, rels);
        SubjectMends.clauseAfterSubordinator(sentence.tokens(), heads, rels);
        RelativeClauseMends.relativeTakenForComplement(sentence.tokens(), heads, rels);
        SubjectMends.asPhraseTakenForSubject(sentence.tokens(), heads, rels);
        SubjectMends.asClauseSubjectTakenForPhrase(sentence.tokens(), heads, rels);
        AttachmentMends.appositiveTakenForObject(sentence.tokens(), heads, rels);
        AttachmentMends.appositiveOfConjunct(sentence.tokens(), heads, rels);
        SubjectMends.measureTakenForSubject(sentence.tokens(), heads, rels);
        AttachmentMends.pastTenseJoinedToModal(sentence.tokens(), heads, rels);
        ReportMends.relativeReportTakenForMainClause(sentence.tokens(), heads, rels);
        ReportMends.reportedSubjectTakenForObject(sentence.tokens(), heads, rels);
        ReportMends.reportTakenForSubject(sentence.tokens(), heads, rels);
        ReportMends.otherTakenForObject(sentence.tokens(), heads, rels);
        ReportMends.reportTakenForDep(sentence.tokens(), heads, rels);
        ReportMends.reportUnderAudience(sentence.tokens(), heads, rels);
        SubjectMends.absoluteWithTakenForObject(sentence.tokens(), heads, rels);
        return new Dependencies(sentence, heads, rels);
    }

    private DependencyParser parser() {
        DependencyParser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = DependencyParser.loadFromModelFile(parserModel);
                    parser = p;
                }
            }
        }
        return p;
    }
}
