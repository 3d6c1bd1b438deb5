/**
 * The last word of a longer capitalised name is not a name of its own: "Cross Timbers" (an
 * ecoregion) is not "Timbers", "Ribbed Mussel" (a species' common name) is not "Mussel". English
 * writes the common names of species, places and habitats as capitalised compounds whose words
 * only name the thing together. A plain capitalised word that the text writes nowhere but after
 * another capitalised word (not one opening a sentence, not a determiner) is the head of such a
 * compound; naming it alone names something the paper never mentions. Coined names (with inner
 * capitals or digits: "GPT-4", "WorldFish", "Llama3") are names in their own right and are kept.
 * Names in other languages join their words with lower-case particles ("… Contre les Endemies en
 * Afrique Centrale"): the capitalised words after the last particle are the tail of such a name.
 */
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { titledText } from '../last-text.ts';

/** A plain capitalised word: one capital, then lower-case letters only. */
const PLAIN = /^[A-Z][a-z]+$/;
// Words that may stand capitalised before a name without being part of it.
const DETERMINER = /^(?:The|A|An|This|That|These|Those|Our|Its|Their|His|Her|Each|Every|Both|All|Some|No|In|On|At|Of|For|With|By|From|To|And|Or|But|As|If|When|While|Whether|Unlike|Like|Using|Via)$/;

/**
 * Whether every place `text` writes `word` follows another capitalised word of a name, so the
 * word is only ever the tail of a longer capitalised name.
 *
 * @example onlyCompoundTail('Mussel', 'whether Ribbed Mussels increase … the Ribbed Mussel does not …') // true
 * @example onlyCompoundTail('Jev', 'We compare Jev, two models. Jev reduces latency.') // false
 */
export function onlyCompoundTail(word: string, text: string): boolean {
	if (!PLAIN.test(word)) return false;
	const uses = boundedStarts(word, text);
	return (
		uses.length > 0 &&
		uses.every((at) => {
			const before = /(?:^|[^\w-])([A-Z][\w'’-]*)\s+$/.exec(text.slice(Math.max(0, at - 40), at));
			return before !== null && !DETERMINER.test(before[1]!);
		})
	);
}

/**
 * The particles that join the words of a name in French, Spanish, Portuguese, Italian, German and
 * Dutch ("Organisation de Coordination pour la lutte Contre les Endemies en Afrique Centrale").
 */
const PARTICLE = String.raw`(?:de|du|des|la|le|les|en|pour|del|della|di|da|do|dos|das|et|y|für|und|zur|van|von|der)`;
/** A capitalised word of the name, then one particle or more, right before the tail. */
const PARTICLE_BEFORE = new RegExp(String.raw`[A-Z][\w'’-]*\s+(?:${PARTICLE}\s+)+$`);

/**
 * Whether every place `text` writes `name` follows a capitalised word and a name's particle, so the
 * name is only ever the tail of a longer name written in another language ("Afrique Centrale" of
 * "… Contre les Endemies en Afrique Centrale").
 *
 * @example onlyParticleTail('Afrique Centrale', 'the Organisation … Endemies en Afrique Centrale database') // true
 */
export function onlyParticleTail(name: string, text: string): boolean {
	if (!/^[A-Z]/.test(name)) return false;
	const uses = boundedStarts(name, text);
	return uses.length > 0 && uses.every((at) => PARTICLE_BEFORE.test(text.slice(Math.max(0, at - 60), at)));
}

/** Drops a word cut out of a longer capitalised name ("Timbers" of "Cross Timbers", "Afrique Centrale" of a French one). */
export const compoundNameTails: NameFilter = {
	name: 'compound name tails',
	rejects({ name, forms }, { title, abstract }) {
		const text = titledText(title, abstract);
		return forms.size <= 1 && (onlyCompoundTail(name, text) || onlyParticleTail(name, text));
	},
};
