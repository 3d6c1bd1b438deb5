/**
 * A derived topic's title from the phrase that names it: its first letter capitalised, as a
 * heading is ("diffusion model distillation" → "Diffusion model distillation"), unless its first
 * word is written with a capital inside ("fMRI data", "mRNA vaccines", "iPhone apps"): that word
 * is a name, and "FMRI data" is no way to write it.
 */

/**
 * The phrase as a topic title.
 *
 * @example topicTitle('fMRI data') // 'fMRI data'
 * @example topicTitle('flow regime') // 'Flow regime'
 */
export function topicTitle(phrase: string): string {
	const first = phrase.split(/[\s-]/, 1)[0] ?? '';
	if (/^\p{Ll}/u.test(first) && /\p{Lu}/u.test(first.slice(1))) return phrase;
	return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
