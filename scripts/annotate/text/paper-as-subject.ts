/**
 * Law reviews, essays and book chapters say what they do with the work itself as the subject, and keep it as the subject
 * sentence after sentence: "This Article devises a novel solution … In more abstract terms, the Article re-imagines
 * preemption as … The Article explains how … It also proffers a normative defense of …". Law reviews write their own
 * "Article", "Essay" or "Note" with a capital, so "the Article explains" is the paper's own act wherever it stands in the
 * sentence; and "It also …" right after a sentence whose subject is the paper goes on telling what the paper does.
 * After the opening, "the chapter explores …" in lower case is the paper's act too. After the paper shows or highlights a thing, "It" is that thing. What the paper leaves to future work ("lays the foundation for future work") is a prospect, the results', and stays out.
 */
import { actsAsPaper, paperInquires } from './own-subject.ts';

// "the Article explains", "In more abstract terms, the Article re-imagines", "This Essay argues": capitalised, case-sensitive.
const LAW_REVIEW_ACTS = /(?:^|,\s+)(?:[Tt]his|[Tt]he)\s+(?:Article|Essay|Note|Comment)\s+(?:also\s+|then\s+|further\s+|[a-z]+ly\s+)?(?!(?:is|was|has|does)\b)[a-z][a-z-]*s\b/;
// "The chapter then explores …", "Looking forward, the chapter discusses …", "The paper divides loans into …": the paper named
// in lower case with "the" after the opening, as chapters, essays and reports go on, is the paper's own too (an opening one is
// read by the rules of the opening subject); with a verb of showing or stressing it tells what the paper found or holds,
// which the finding cues read.
const PAPER_ACTS =
	/(?:^|,\s+)[Tt]he\s+(?:chapter|paper|article|book|essay|review|report|study)\s+(?:also\s+|then\s+|further\s+|finally\s+|next\s+)?(?!(?:is|was|has|does|shows|finds|demonstrates|reveals|suggests|indicates|confirms|highlights|concludes|argues|underscores|emphasi[sz]es|stresses|contributes|makes|lays)\b)[a-z][a-z-]*s\b/;
// "It also proffers …", "It then reviews …": the pronoun and a verb of the paper's acts, no copula or auxiliary.
const IT_ACTS = /^It\s+(?:also\s+|then\s+|further\s+|finally\s+|additionally\s+)?(?!(?:is|was|has|does|seems|appears|remains|becomes|follows|means|makes)\b)[a-z][a-z-]*s\b/;
const FUTURE_WORK = /\bfuture\s+(?:work|research|studies|inquiry)\b/i;
// "This article highlights an abscess as … It demonstrates resilience to …": after the paper shows a thing, "It" is that thing.
const PAPER_SHOWS = /^(?:\w+\s+){1,4}?(?:highlights|shows|demonstrates|reveals|suggests|indicates|confirms|finds|identifies)\b/i;

/**
 * For each sentence, whether the paper is its subject as a law review or a chapter goes on naming it: "the Article" with
 * a verb, or "It" with a verb right after a sentence whose subject is the paper.
 *
 * @example paperAsSubject(['This chapter reviews the literature.', 'It also reviews the law of 17 countries.']) // [false, true]
 * @example paperAsSubject(['In short, the Article re-imagines preemption.']) // [true]
 */
export function paperAsSubject(sentences: readonly string[]): boolean[] {
	const lawReview = sentences.map((s) => LAW_REVIEW_ACTS.test(s));
	const named = sentences.map((s, i) => lawReview[i]! || paperInquires(s) || actsAsPaper(s));
	return sentences.map((sentence, i) => {
		if (FUTURE_WORK.test(sentence)) return false;
		if (lawReview[i] || (i > 0 && PAPER_ACTS.test(sentence))) return true;
		if (i === 0 || !IT_ACTS.test(sentence)) return false;
		const before = sentences[i - 1]!;
		if (named[i - 1] && !PAPER_SHOWS.test(before)) return true;
		// "It also reviews the attitude …" a sentence or two after "This chapter reviews …": a verb of inquiry is the paper's.
		return named.slice(0, i).includes(true) && paperInquires(sentence.replace(/^It\s+(?:also\s+|then\s+|further\s+|finally\s+|additionally\s+)?/, 'This paper '));
	});
}
