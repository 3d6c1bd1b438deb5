/**
 * A name with a number glued after another name the paper writes is that work's successor, of the
 * same kind: "recent biological models, such as BioCLIP, … building upon BioCLIP2, we introduce …".
 * The words around the earlier name say what it is (a model); the successor is named once, after a
 * verb that says nothing of its kind, and a pattern rule's guess made it a method. Only a guess
 * yields: a type the text states or a lexicon gives stays.
 */
import type { Candidate } from './resolve-mentions.ts';

/** A version number glued to the name: "2", "3", "2.5". */
const GLUED_NUMBER = /^(.*[A-Za-z])\d{1,2}(?:\.\d)?$/;

/** Types as its predecessor is typed each guessed name that is another name with a number glued on, in place. */
export function typeNumberedSuccessors(all: readonly Candidate[], guessed: readonly Candidate[]): void {
	const typed = new Map(all.filter((c) => c.type !== 'method').map((c) => [c.name, c.type] as const));
	if (typed.size === 0) return;
	for (const candidate of guessed) {
		if (candidate.type !== 'method' || candidate.statedType) continue;
		const stem = GLUED_NUMBER.exec(candidate.name)?.[1];
		const type = stem === undefined ? undefined : typed.get(stem);
		if (type) candidate.type = type;
	}
}
