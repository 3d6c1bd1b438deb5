/**
 * Parts of the method named in title case one sentence each, after the authors announced how
 * many there are: "We present X, built around three components … First, a lightweight Input
 * Checker validates …. Second, a shared Memory Store keeps …". The list `titled-parts.ts`
 * reads sits after a colon in one sentence; here each item opens its own sentence with an
 * ordinal, an article, at most two lower-case modifiers, then the title-case name and its verb.
 *
 * The title-case words alone would be prose; the place makes them a name: the announcement of
 * counted parts in a sentence before, and the ordinal that walks through them. Two title-case
 * words at least, so "First, a Transformer encodes …" stays a generic part.
 */
import { SUBJECT } from './contribution-statement.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';

/** "three integrated components", "two key modules": the parts counted where the authors speak. */
const PARTS_COUNTED = /\b(?:two|three|four|five|six|several)\s+(?:[\w-]+\s+){0,2}(?:components|modules|parts|mechanisms|blocks|submodules|agents|stages)\b/i;
/** "First, a lightweight Input Checker validates": group 1 the name, then a verb in the present. */
const ORDINAL_PART =
	/^(?:First|Second|Third|Fourth|Fifth|Finally|Lastly),\s+(?:a|an|the|our)\s+(?:[a-z][a-z-]*\s+){0,2}((?:[A-Z][a-z]+[\s-]){1,3}[A-Z][a-z]+)\s+(?:[a-z]+s|is|that|which)\b/;

/** Title-case parts, one per ordinal sentence, after a sentence of the authors that counts them. */
export const ordinalParts: Extract<NameRule, { scope: 'paper' }> = {
	name: 'ordinal parts',
	scope: 'paper',
	find({ sentences, isGeneric, isKnown }) {
		const announced = sentences.findIndex((s) => SUBJECT.test(s.text) && PARTS_COUNTED.test(s.text));
		if (announced < 0) return [];
		const hits: NameHit[] = [];
		for (const sentence of sentences.slice(announced + 1)) {
			const name = ORDINAL_PART.exec(sentence.text)?.[1];
			if (!name || isGeneric(name) || isKnown(name)) continue;
			hits.push(hit(name));
		}
		return hits;
	},
};
