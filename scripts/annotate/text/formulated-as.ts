/**
 * A problem formulated as a known kind of problem is a step of the method, not a thing the paper contributes: "We formulate
 * allocation as a contextual bandit and train the Allocator with …" casts the task in a standard form, so that a known
 * technique can solve it, as "We model X as a Markov chain" would. Its "formulate" is no contribution verb there
 * (`contribution-verb.ts`), and the sentence that names the paper's system ("… and address it with ResAdapt, an
 * input-side adaptation framework …") is left to stand. "We formulate a new model of …", with no "as", still states one.
 */
import { WE } from './first-person.ts';

// "we formulate allocation as a", "We first formulate the routing problem as an": the paper's own voice, its verb, an
// object of up to five words, and "as a(n)".
const FORMULATED_AS = new RegExp(String.raw`\b${WE}\s+(?:\w+ly\s+|first\s+)?formulat(?:e|ed)\s+(?:[\w-]+\s+){1,5}?as\s+(?:a|an)\b`, 'gi');

/**
 * The sentence without a verb of formulating one problem as another kind, so that no contribution is read in it.
 *
 * @example withoutFormulatedAs('We formulate allocation as a contextual bandit.') // ' contextual bandit.'
 * @example withoutFormulatedAs('We formulate a new model of allocation.') // unchanged
 */
export function withoutFormulatedAs(sentence: string): string {
	// Most sentences formulate nothing: one cheap test spares the scan.
	return /formulat/i.test(sentence) ? sentence.replace(FORMULATED_AS, '') : sentence;
}
