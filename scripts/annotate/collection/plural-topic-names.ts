/**
 * A derived topic named in the plural when its papers write the name so: "Language models", "World
 * models", "Neural networks", as subject headings name a class of things (Library of Congress Subject
 * Headings: "Neural networks (Computer science)"). A keyphrase keeps the number of the sentence it was
 * read from, so a topic of papers that write "world models" was shown as "World model" beside related
 * papers whose reasons said "neural networks". A mass noun ("Reinforcement learning", "Artificial
 * intelligence") has no plural its papers write, and a measure ("Tree density") is written mostly in the
 * singular: both keep their form.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regular plurals of a lower-case noun: "network" → "networks", "policy" → "policies", "approach" → "approaches". */
function pluralsOf(word: string): string[] {
	if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
	if (/(?:ch|sh|x|z)$/.test(word)) return [`${word}es`];
	return [`${word}s`];
}

/** How often `texts` write `phrase` as whole words, any case for its first letter (a sentence may open with it). */
function timesWritten(phrase: string, texts: readonly string[]): number {
	const first = phrase[0]!;
	const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}-])[${escape(first.toUpperCase())}${escape(first.toLowerCase())}]${escape(phrase.slice(1))}(?![\p{L}\p{N}-])`, 'gu');
	let count = 0;
	for (const text of texts) for (const _ of text.matchAll(pattern)) count++;
	return count;
}

/**
 * `written` with its last word in the plural when `texts` write the phrase so more often than in the
 * singular; `written` itself when its last word is no lower-case singular (a name, an acronym, a word in
 * "-s" or "-ing"), or the singular is written as often. A measure or mass noun is mostly written in the
 * singular ("tree density", "technical efficiency", "input audio") though a paper may write its plural once.
 *
 * @example pluralForm('world model', ['We train world models on video.']) // 'world models'
 * @example pluralForm('tree density', ['Tree density rose; tree densities of two plots.', 'tree density']) // 'tree density'
 */
export function pluralForm(written: string, texts: readonly string[]): string {
	const cut = written.lastIndexOf(' ') + 1;
	const last = written.slice(cut);
	if (!/^\p{Ll}{3,}$/u.test(last) || /(?:s|ing)$/.test(last)) return written;
	const singular = timesWritten(written, texts);
	for (const plural of pluralsOf(last)) {
		const form = written.slice(0, cut) + plural;
		if (timesWritten(form, texts) > singular) return form;
	}
	return written;
}
