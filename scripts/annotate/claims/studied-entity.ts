/**
 * What a study that introduces nothing evaluates: "This study tested the diagnostic accuracy of the
 * FibriCheck AF algorithm …", "We evaluated the performance of Apple Watch's algorithm", "The aim was to
 * validate the reliability of KneeTrack". Validation studies in medicine, biomechanics and engineering
 * report sensitivities, errors and agreement of a named device, algorithm or instrument that others
 * made; their result sentences ("the sensitivity and specificity were 96% and 97%") name nothing, and
 * the results are that thing's. Such a study's own voice (we, this study, its aim) and a verb of
 * evaluating a quality *of* the name are the evidence: the name is then the subject a sentence that
 * names nothing falls back to, as a proposed method is in a paper that introduces one. Engineering papers
 * say the same of a device they built and tested: "In this paper, the test results of a 1:20 reduction
 * ratio MAGDRIVE prototype are reported" (the results of testing it, with up to five words of its
 * build before the name), and their figures ("A maximum torque of 3 N·m … were demonstrated") are its.
 */
import { abstractSpans, type Entity, type Span } from '../../../src/shared/paper-schema.ts';
import { entityKey } from '../../../src/shared/urls.ts';
import { makesWith } from './making-technique.ts';

// The cue, tested first: most sentences evaluate no quality "of" anything.
const CUE = /\b(?:accuracy|performance|validity|reliability|agreement|precision|sensitivity|usability|feasibility|efficacy|effectiveness|impact|value|significance|utility|results) of /i;
// "tested the prognostic impact of the 2017 classification", "evaluate the predictive value of the score": what a risk
// classification, score or marker is worth for a prognosis or a diagnosis is its quality as a test's accuracy is.
const FOR_PROGNOSIS = String.raw`(?:prognostic|predictive|diagnostic)\s+(?:impact|value|significance|utility)`;
// A verb of evaluating, a quality, "of", and the name right after an optional article and the year of its edition ("the
// 2017 ELN classification", "the 2010 criteria").
const EVALUATES = new RegExp(
	String.raw`\b(?:test|evaluat|validat|assess|examin|investigat|determin|quantif|measur|compar)\w*\s+(?:the\s+)?(?:(?:(?:diagnostic|clinical|predictive|overall|measurement|real-world|test-retest)\s+)?(?:accuracy|performance|validity|reliability|agreement|precision|sensitivity|usability|feasibility|efficacy|effectiveness)|${FOR_PROGNOSIS})\s+of\s+(?:the\s+|an?\s+)?(?:(?:19|20)\d\d\s+)?$`,
	'i',
);
// "the test results of a −1:20 inverse reduction ratio X": results of testing, and a few words of the thing's build before its name.
const TEST_RESULTS = /\b(?:test|testing|experimental|measurement|performance)\s+results\s+of\s+(?:the\s+|an?\s+)?(?:[^\s.;,()]+\s+){0,5}$/i;
// The study's own voice: "this study", "we", "the aim / objective / purpose".
const OWN_VOICE = /\b(?:[Tt]his|[Tt]he present|[Oo]ur) (?:study|trial|work|paper|analysis|research)\b|\b[Ww]e\b|\b(?:aim|objective|purpose|goal)s?\b/;

/**
 * The refs (`type/id`) of the entities the abstract says it evaluates, in its own voice; none when it
 * says so of nothing.
 *
 * @example studiedEntities(sentences, entities) // "This study tested the accuracy of the X algorithm." → ['method/x']
 */
export function studiedEntities(sentences: readonly Span[], entities: readonly Entity[]): string[] {
	const refs = new Set<string>();
	for (const sentence of sentences) {
		if (!OWN_VOICE.test(sentence.text)) continue;
		const evaluates = CUE.test(sentence.text);
		for (const entity of entities) {
			for (const span of abstractSpans(entity)) {
				if (span.start < sentence.start || span.end > sentence.end) continue;
				const before = sentence.text.slice(Math.max(0, span.start - sentence.start - 120), span.start - sentence.start);
				// The technique the study makes its samples with (`making-technique.ts`).
				if ((evaluates && (EVALUATES.test(before) || TEST_RESULTS.test(before))) || makesWith(before)) refs.add(entityKey(entity.type, entity.id));
			}
		}
	}
	return [...refs];
}
