/**
 * Whether two derived topic names would read as one subject: the same phrase or word stems
 * ("Language modeling" beside "Language models"), one the end of the
 * other ("Language models" beside "Large language models"), or an acronym the papers define as
 * such a phrase ("RL", defined as "reinforcement learning (RL)", beside "Reinforcement learning").
 * A name with a number after a hyphen is its name without it ("COVID-19" beside "COVID", which
 * papers writing "COVID 19" give): a version or a year sets no other subject apart in one list.
 * A hyphen between two letters sets nothing apart either: "Pre-dementia syndrome" and "Predementia
 * syndrome" were two topics of round 40's list on motoric cognitive risk, each of papers spelling it so.
 * Nor does a hyphen where other papers write a space ("Time-series" beside "Time series"), when the two
 * names are alike whole.
 * Only a definition in the papers themselves expands an acronym, so "RL" is never taken for
 * "representation learning" in a collection that does not write it so.
 */
import stem from 'wink-porter2-stemmer';
import { phraseForm } from './phrase-form.ts';

/** Long forms (phrase forms) per short form (phrase form: "llm" for "LLMs"). */
export type LongForms = ReadonlyMap<string, ReadonlySet<string>>;

/** The long forms the papers define each acronym as, from their `acronyms` annotations. */
export function acronymLongForms(acronyms: readonly (readonly { short: string; long: string }[])[]): Map<string, Set<string>> {
	const longForms = new Map<string, Set<string>>();
	for (const list of acronyms) {
		for (const { short, long } of list) {
			const key = phraseForm(short);
			longForms.set(key, (longForms.get(key) ?? new Set()).add(phraseForm(long)));
		}
	}
	return longForms;
}

/**
 * True when names `a` and `b` (as written) would read as one topic.
 * @example sameSubject('Large language models', 'LLMs', new Map([['llm', new Set(['large language model'])]])) // true
 * @example sameSubject('Language models', 'LLMs', new Map([['llm', new Set(['large language model'])]])) // true: its end
 */
export function sameSubject(a: string, b: string, longForms: LongForms): boolean {
	const left = readings(a, longForms);
	const right = readings(b, longForms);
	if (left.some((x) => right.some((y) => x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)))) return true;
	// One compound written with a hyphen and with a space ("Time-series", "Time series"): alike only whole,
	// for "pre-dementia syndrome" read with a space would end with "dementia syndrome", another subject.
	const spacedLeft = spacedReadings(a, longForms);
	return spacedReadings(b, longForms).some((y) => spacedLeft.includes(y));
}

/** A name's readings with each hyphen between letters read as a space. */
function spacedReadings(name: string, longForms: LongForms): string[] {
	return readings(name, longForms, (form) => form.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '));
}

/** A name's phrase form and, for an acronym the papers define, its long forms, each word stemmed and unnumbered. */
function readings(name: string, longForms: LongForms, hyphens: (form: string) => string = unhyphenated): string[] {
	const form = phraseForm(name);
	const forms = [form, ...(longForms.get(form) ?? [])];
	// An acronym is defined as written, numbered or not ("COVID-19" of "coronavirus disease 2019 (COVID-19)").
	const bare = unnumbered(form);
	if (bare !== form) forms.push(...(longForms.get(bare) ?? []));
	return forms.map((reading) => hyphens(unnumbered(reading)).split(' ').map((word) => stem(word)).join(' '));
}

/**
 * A phrase form without the hyphens between letters, so that a prefix written joined or hyphened
 * reads alike ("pre-dementia" → "predementia", "non-linear" → "nonlinear").
 */
export function unhyphenated(form: string): string {
	return form.replace(/(?<=\p{L})-(?=\p{L})/gu, '');
}

/**
 * A phrase form without the numbers hyphenated onto its words: a version, a year or a strain
 * ("covid-19" → "covid", "sars-cov-2 infection" → "sars-cov infection").
 */
export function unnumbered(form: string): string {
	return form.replace(/(?<=[a-z]{2})(?:-\d+)+(?=\s|$)/g, '');
}
