/**
 * A guideline, a consensus statement or a society's position speaks through the body that issues it: "The French Pediatric
 * Infectious Disease Group recommends in children … empirical antibiotic therapy …" under the title "…: proposals of the
 * French Pediatric Infectious Disease Group", "The Task Force advises …" under "Recommendations of the Task Force on …". The
 * body the title names is the paper's author, as "we" would be, and what it recommends is the guideline's contribution; a
 * recommendation stated without it ("Children with suspected infections should be hospitalized …") is one of its parts.
 * The title is the evidence: a body another paper's abstract cites ("The WHO recommends …") is background.
 */
/** Nouns that name a body of authors: a group, a society, a panel. */
const BODY_NOUN = String.raw`(?:group|society|panel|committee|task\s+force|working\s+party|association|college|consortium|council|network|academy|board|federation|collaboration|commission)`;
// The body opening the sentence, up to eight words of its name before its noun, then a verb of recommending in the present.
const BODY_RECOMMENDS = new RegExp(
	String.raw`^(?:the\s+)?((?:[\w'’-]+\s+){0,8}?${BODY_NOUN})\s+(?:(?:now|also|strongly)\s+)?(?:recommends|proposes|advises|suggests|endorses|advocates|calls\s+for)\b`,
	'i',
);
const STOP = /^(?:the|of|for|and|on|in)$/i;

/**
 * Whether `sentence` opens with the body the title names as its author recommending: two or more of the body's words, its
 * noun among them, stand in the title.
 *
 * @example recommendsAsTitledBody('The Paediatric Infection Group recommends oral therapy.', 'Bone infections: proposals of the Paediatric Infection Group') // true
 * @example recommendsAsTitledBody('The WHO Task Force recommends rest.', 'Bed rest after surgery') // false
 */
export function recommendsAsTitledBody(sentence: string, title: string): boolean {
	const m = BODY_RECOMMENDS.exec(sentence);
	if (!m) return false;
	const name = m[1]!.split(/\s+/).filter((w) => !STOP.test(w));
	const noun = name.at(-1)!;
	const titled = new Set(title.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
	const inTitle = name.filter((w) => titled.has(w.toLowerCase()));
	return titled.has(noun.toLowerCase()) && inTitle.length >= Math.min(2, name.length);
}
