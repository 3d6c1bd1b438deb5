/**
 * Parts a paper introduces by their title-case names, each with what it is for: "we introduce
 * Shared Token Routing for efficient layer reuse, and Sparse Cross-View Attention to keep the views
 * aligned", "we develop a Warm-Then-Cold Tuning strategy that …". Authors capitalise the names of
 * their own parts; a purpose ("for …", "to …") or a lower-case noun of kind right after the
 * capitalised words ends the name, where the rules that wait for a comma or a bracket see nothing.
 *
 * Two capitalised words at least, none opening a clause or naming a field's kind ("Deep
 * Learning"), and no plural at the end (a kind of work, "Graph Neural Networks"). Only the head of
 * the object, and names coordinated with it by ", and" with their own purpose.
 */
import { isKindWord } from '../name-shapes.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** Capitalised words, hyphenated parts allowed ("Channel-wise", "Then-Joint"). */
const RUN = String.raw`((?!(?:A|An|The|This|These|Our|Its|New|Novel|Two|Three|Several|Each|All|Such)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4})`;
/** At the head of the object: the run and its purpose. */
const HEAD_PURPOSE = new RegExp(String.raw`^\s+${RUN}\s+(?:for|to)\s+[a-z]`);
/** Later in the object: ", and" + the run and its purpose. */
const AND_PURPOSE = new RegExp(String.raw`,\s+and\s+${RUN}\s+(?:for|to)\s+[a-z]`, 'g');
/** At the head: "a|an|our" + the run + a singular lower-case noun of a part or a procedure. */
const HEAD_KIND = new RegExp(String.raw`^\s+(?:an?|our)\s+${RUN}\s+(?:strategy|mechanism|module|scheme|technique|recipe|paradigm|procedure|pipeline|architecture|block|layer)\b(?!-)`);

/** Whether capitalised words can name a part: no field's kind among them, no plural at the end. */
function namesPart(name: string): boolean {
	const words = name.split(/\s+/);
	return !words.some(isKindWord) && !/[^s]s$/.test(words.at(-1)!);
}

/** Title-case names of parts a contribution verb introduces with their purpose or kind. */
export const titledPurposes: NameRule = {
	name: 'titled purposes',
	scope: 'object',
	find({ text }, { isKnown, isGeneric }) {
		const names: string[] = [];
		const head = HEAD_PURPOSE.exec(text) ?? HEAD_KIND.exec(text);
		if (head) names.push(head[1]!);
		if (HEAD_PURPOSE.test(text)) for (const m of allMatches(text, AND_PURPOSE)) names.push(m[1]!);
		return names.filter((name) => namesPart(name) && !isKnown(name) && !isGeneric(name)).map((name): NameHit => hit(name));
	},
};
