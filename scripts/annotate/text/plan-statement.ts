/**
 * A chapter, essay or article may tell what it will do in the future tense: "This chapter will provide an overview of drug
 * counterfeiting …", "This essay will examine …". That is its plan, the approach; and one that ends its abstract so, after
 * the background, reports no findings (as a review ending on its scope does, `review-scope.ts`). A workshop, symposium or
 * tutorial describes itself so too ("This workshop will provide a platform for …"): what it will do is what it is.
 */

// The paper named by its kind as the subject of "will" and a verb of what a text does (never "will be", a prospect).
const PLAN =
	/^(?:this|the present) (?:chapter|paper|article|book|essay|review|entry|volume|workshop|symposium|tutorial|special issue) (?:\w+ly )?will (?:\w+ly )?(?:provide|describe|discuss|review|examine|present|explore|outline|offer|introduce|consider|address|analy[sz]e|focus|trace|argue|bring|gather)\b/i;

/**
 * Whether `sentence` states the paper's plan in the future tense.
 *
 * @example statesPlan('This chapter will provide an overview of drug counterfeiting.') // true
 * @example statesPlan('This study will be valuable for future research.') // false
 */
export function statesPlan(sentence: string): boolean {
	return PLAN.test(sentence);
}
