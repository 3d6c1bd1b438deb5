/**
 * Hypotheses a paper proposes are a step of its design, not its contribution. Management, psychology and the social
 * sciences test hypotheses they set up first ("Thus, this paper proposes six hypotheses to be tested: H1: …", "We develop
 * three hypotheses on …"): the verb of proposing names what the study will test, and the study's aim or finding is
 * what it contributes, as "We propose that …" argues a claim rather than contributing a thing (`tldr.ts`).
 */

// "proposes six hypotheses", "develop the following hypotheses", "formulated two research hypotheses", "put forward a
// hypothesis": a verb of proposing whose object, after a count or a determiner, is hypotheses.
const PROPOSES_HYPOTHESES =
	/\b(?:propos(?:e|es|ed|ing)|develop(?:s|ed|ing)?|formulat(?:e|es|ed|ing)|put(?:s|ting)? forward)\s+(?:(?:a|an|the|our|its|some|several|following|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|main|testable|competing|research)\s+){0,3}hypothes[ie]s\b(?!-)/gi;

/**
 * The sentence without its verbs of proposing hypotheses, so that no contribution is read in them.
 *
 * @example withoutProposedHypotheses('Thus, this paper proposes six hypotheses to be tested.') // 'Thus, this paper  to be tested.'
 * @example withoutProposedHypotheses('We propose a hypothesis-driven planner.') // unchanged: the planner is the contribution
 */
export function withoutProposedHypotheses(sentence: string): string {
	return sentence.replace(PROPOSES_HYPOTHESES, '');
}
