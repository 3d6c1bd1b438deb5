/**
 * Whether a paper's keyphrase names something narrower than a topic's name: "large language
 * models" is a kind of "Language models", and so is "LLMs" where the papers define it as "large
 * language models (LLMs)". A paper left without a topic whose keyphrase is such a kind joins the
 * topic (`topic-keyphrase-names.ts`) rather than "Other papers", even when its abstract only
 * writes the acronym: it is about what the topic's name says. A one-word keyphrase is never
 * narrower ("models" is not a kind of "Language models"), nor is a phrase that only shares a head.
 */
import stem from 'wink-porter2-stemmer';
import { phraseForm } from './phrase-form.ts';
import type { LongForms } from './topic-name-overlap.ts';

const stemmed = (form: string) => form.split(' ').map((word) => stem(word)).join(' ');

/**
 * True when `phrase` (as written), or the long form the papers define it as, ends with the
 * topic name `name` and is at least as long.
 *
 * @example namesNarrower('LLMs', 'Language models', new Map([['llm', new Set(['large language model'])]])) // true
 * @example namesNarrower('models', 'Language models', new Map()) // false
 */
export function namesNarrower(phrase: string, name: string, longForms: LongForms): boolean {
	const target = stemmed(phraseForm(name));
	const form = phraseForm(phrase);
	return [form, ...(longForms.get(form) ?? [])]
		.filter((reading) => reading.includes(' '))
		.map(stemmed)
		.some((reading) => reading === target || reading.endsWith(` ${target}`));
}
