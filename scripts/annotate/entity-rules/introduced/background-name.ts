/**
 * A name the abstract first writes in a background sentence is one the field already has: "The
 * maximum entropy theory of ecology (METE) is a unified theory of biodiversity that predicts …"
 * defines a theory the paper then tests, so "METE successfully captured 96% …" later reports a
 * test of it, not a system of the paper's own. What makes a sentence background — a definition,
 * a theory's claim, a report of earlier work, with no word of the paper's own work — is read as
 * for the TL;DR (`text/background-statement.ts`). Only a contribution verb governing the name
 * ("we propose METE") makes it the paper's, and the rules that read such verbs run apart.
 */
import type { Span } from '../../../../src/shared/paper-schema.ts';
import { statesBackground } from '../../text/background-statement.ts';
import { boundedStarts } from '../name-occurrences.ts';

/**
 * The words an acronym of capitals abbreviates, written out with no bracket ("behavioral threat
 * assessment and management" for BTAM, with "and", "of", "for", "the" between any two): a
 * pattern, or undefined when the name is no acronym of three to six capitals.
 */
function spelledOut(name: string): RegExp | undefined {
	if (!/^[A-Z]{3,6}$/.test(name)) return undefined;
	const words = [...name].map((letter) => `${letter}[\\w-]*`);
	return new RegExp(String.raw`(?<![\w-])${words.join(String.raw`\s+(?:(?:and|of|for|the|in|on)\s+)?`)}(?![\w-])`, 'i');
}

/**
 * Whether the first sentence that writes `name`, or the words it abbreviates ("behavioral threat
 * assessment and management … has become widely used" before "BTAM can help schools"), only
 * sets the scene.
 *
 * @example definedInBackground('METE', sentences('The theory (METE) is a unified theory. METE fits.')) // true
 */
export function definedInBackground(name: string, sentences: readonly Span[]): boolean {
	const long = spelledOut(name);
	const first = sentences.find((sentence) => boundedStarts(name, sentence.text).length > 0 || (long !== undefined && long.test(sentence.text)));
	return first !== undefined && statesBackground(first.text);
}
