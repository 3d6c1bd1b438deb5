/**
 * The first words of the long form a title spells its own name with, cut off by a rule that reads
 * capitalised words before a cue noun: the title "EVA: Efficient Reinforcement Learning for
 * End-to-End Video Agent" and the abstract's "EVA, an Efficient Reinforcement Learning framework
 * for …" give "Efficient Reinforcement Learning", which names neither the paper's EVA nor anything
 * it uses. The title's name before the colon spells its letters with the initials of the words after
 * it (E…V…A); a name that opens those words and stops before the name's last letters is a piece of
 * it. A long form whole ("LoRA: Low-Rank Adaptation of …" gives "Low-Rank Adaptation", whose
 * initials spell L, R, A) is the name's own long form and stays.
 */
import type { NameFilter } from './entity-rule.ts';

/** "EVA: Efficient Reinforcement Learning for …": the name before the title's colon and the words after. */
const TITLE_NAME = /^([A-Za-z0-9][\w-]*[A-Za-z0-9]):\s+(.+)$/;
/** Small words a long form skips when it spells a name. */
const SMALL_WORD = /^(?:a|an|the|of|for|and|or|to|in|on|with|via|by|from|at)$/i;

/** The initials of a phrase's words and hyphen parts, small words left out: "End-to-End Video" → "EEV". */
function initials(phrase: string): string {
	return phrase
		.split(/[\s-]+/)
		.filter((word) => word && !SMALL_WORD.test(word))
		.map((word) => word[0]!.toUpperCase())
		.join('');
}

/** Whether `letters` run in order through `initials`, the first opening them: "EVA" through "ERLEEVA". */
function spells(letters: string, initials: string): boolean {
	if (!letters || initials[0] !== letters[0]) return false;
	let at = 0;
	for (const letter of initials) if (letter === letters[at]) at += 1;
	return at === letters.length;
}

/**
 * Whether `name` is the opening words, not the whole, of the long form the title spells its name with.
 *
 * @example isCutTitleLongForm('Efficient Reinforcement Learning', 'EVA: Efficient Reinforcement Learning for End-to-End Video Agent') // true
 * @example isCutTitleLongForm('Low-Rank Adaptation', 'LoRA: Low-Rank Adaptation of Large Language Models') // false
 */
export function isCutTitleLongForm(name: string, title: string): boolean {
	const m = TITLE_NAME.exec(title.trim());
	if (!m || !/\s/.test(name)) return false;
	const letters = m[1]!.replace(/[^A-Z]/g, '');
	const longForm = m[2]!;
	if (letters.length < 2 || !longForm.toLowerCase().startsWith(`${name.toLowerCase()} `)) return false;
	return spells(letters, initials(longForm)) && !spells(letters, initials(name));
}

/** Drops the opening words of the long form a title spells its own name with ("Efficient Reinforcement Learning" of EVA). */
export const cutTitleLongForms: NameFilter = {
	name: 'cut title long forms',
	rejects: ({ name }, { title }) => isCutTitleLongForm(name, title),
};
