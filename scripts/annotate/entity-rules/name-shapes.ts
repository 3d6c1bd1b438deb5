/**
 * Whether capitalised words written beside a noun of a kind ("the … database", "models: …")
 * look like the name of a work rather than prose, a people or a kind: the shape tests the
 * cue-noun rules (`cue-noun-names.ts`, `kind-stated-lists.ts`) share.
 *
 * @example isNameShaped(['Privacy', 'Rights', 'Clearinghouse'], { software: false, kind: 'dataset' }) // true
 * @example isNameShaped(['Bayesian'], { software: false, kind: 'model' }) // false
 */
import type { EntityType } from '../lexicons.ts';

/**
 * Words that open a sentence and belong to no name ("The Medicare Hospital Compare data …"), among them
 * the verbs that, as "Using" does, take the method a sentence states ("Applying X Theory (XT), we …").
 */
const OPENERS = new Set([
	'Applying', 'Adopting', 'Employing', 'Leveraging', 'Utilizing', 'Utilising',
	'The', 'This', 'These', 'Those', 'That', 'Our', 'A', 'An', 'Each', 'Both', 'All', 'Its', 'Their', 'In', 'On', 'For', 'With',
	'Using', 'By', 'From', 'We', 'It', 'Here', 'To', 'At', 'As', 'Of', 'And', 'But', 'However', 'Thus', 'Finally', 'Moreover',
	'Also', 'Then', 'Such', 'Several', 'Many', 'Most', 'Some', 'Two', 'Three', 'Four', 'Five', 'Unlike', 'Like', 'While', 'When',
]);
/** Languages software is written in: "a Python package" names the language, not the package. */
const LANGUAGES = new Set(['R', 'Python', 'Julia', 'Matlab', 'MATLAB', 'Java', 'JavaScript', 'C', 'Fortran', 'Perl', 'Ruby', 'Rust', 'Go', 'Scala', 'Haskell', 'OCaml']);

/** Whether a word names a programming language, which software is written in rather than a work. */
export function isProgrammingLanguage(word: string): boolean {
	return LANGUAGES.has(word);
}
// A network's kind written in capitals names the kind, not a work ("Artificial Neural Network",
// "Large Language Models"); the README's generic concepts are not entities.
const KIND_WORDS = new Set(['Neural', 'Deep', 'Language', 'Learning', 'Generative', 'Recurrent', 'Convolutional', 'Foundation', 'Diffusion']);

/** Whether a capitalised word is one of a network's or a field's kind ("Learning", "Neural"), which names no work. */
export function isKindWord(word: string): boolean {
	return KIND_WORDS.has(word.replace(/s$/, ''));
}
// Families of methods every field writes capitalised, after the people or place they are named
// for, and no paper names as a work of its own ("quantum Monte Carlo methods", "a Markov chain").
const FAMILY = /\b(?:Monte Carlo|Markov Chains?)\b/;
/** A word that describes rather than names: "X-based", "X-driven", "X-like", "X-free", "X-aware". */
const DESCRIPTIVE = /-(?:based|driven|like|style|free|aware|specific|level|scale|wise|guided|informed|inspired)$/i;
/** An adjective of a people, a language or a school of thought: "Bayesian", "English", "Gaussian", "Darwinian", "French". */
const ADJECTIVE = /(?:ian|ean|ish|ese|ic|al)$|^(?:French|German|Dutch|Greek|Thai|Swiss|Czech|Basque|Arab)$/;
/** A chemical formula ("CO2", "CH4", "NO2", "H2O", "NH3") or a particulate size ("PM10") is what is measured, not a work: common elements only, so "ERA5" is none. */
const FORMULA = /^(?:(?:H|C|N|O|S|P|F|K|Cl|Na|Ca|Mg|Fe|Si|Al|Cu|Zn|Pb|Hg)\d*){1,4}$|^PM\d/;
/** Diseases and pathogens name what is studied ("COVID-19 data"). */
const PATHOGEN = /^(?:COVID|SARS|MERS|HIV|H\dN\d|Ebola|Zika)/i;

/** Whether a coined word: an inner capital or a digit among letters ("ImageNet", "CanRCM4", "CMIP5"). */
function isCoined(word: string): boolean {
	if (PATHOGEN.test(word) || FORMULA.test(word)) return false;
	// Capitals joined by a hyphen ("PROV-XML", "NASA-TLX") are a coined name, as capitals with a digit are.
	return /[a-z][A-Z]|[A-Z]{2,}[a-z]/.test(word) || (/\d/.test(word) && /[A-Za-z]{2}/.test(word)) || /^[A-Z]{2,}(?:-[A-Z]{2,})+$/.test(word);
}

/**
 * Whether the capitalised words beside a cue noun name a work of the cue's kind: two words or
 * more (no network kind among them when the kind is a model), one coined word, or one plain word
 * before a noun for software.
 */
export function isNameShaped(words: readonly string[], cue: { software: boolean; kind: EntityType }): boolean {
	if (words.length === 0) return false;
	// A compound adjective describes a kind by what it rests on ("SL-based RL methods", "data-driven models").
	if (words.some((w) => DESCRIPTIVE.test(w))) return false;
	if (words.length >= 2) {
		if (FAMILY.test(words.join(' '))) return false;
		// A pathogen beside a kind names what the data are about ("COVID-19 Data"); beside words of a name it is one of them ("COVID-19 Forecast Hub").
		if (words.some((w) => OPENERS.has(w)) || words.every((w) => PATHOGEN.test(w))) return false;
		if (cue.kind === 'model' && words.some((w) => KIND_WORDS.has(w.replace(/s$/, '')))) return false;
		// All acronyms ("MRI BOLD data") are signals and instruments, read by the acronym rules.
		return !words.every((w) => /^[A-Z\d/+-]+$/.test(w));
	}
	const [word] = words as [string];
	if (isCoined(word)) return true;
	// A plain word may join surnames ("Harvard-Oxford", "Eickoff-Zilles").
	return cue.software && /^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*$/.test(word) && !LANGUAGES.has(word) && !ADJECTIVE.test(word) && !OPENERS.has(word);
}

/**
 * A run of capitalised words less the word that only opens its sentence ("The", "Using"), or
 * undefined when nothing is left. A run at a sentence start with no such opener keeps its words.
 */
export function stripSentenceOpener(abstract: string, at: number, run: string): string | undefined {
	const words = run.split(' ');
	const atStart = /(?:^|[.!?:;]\s+|\(\s*)$/.test(abstract.slice(Math.max(0, at - 3), at)) || at === 0;
	let opened = false;
	while (words.length && (atStart || words[0] === 'The') && OPENERS.has(words[0]!)) {
		words.shift();
		opened = true;
	}
	// A verb's "-ing" form opening the sentence before a word no title case makes ("Ranking LLM-written
	// code …", "Pruning GPT-2 layers …") is what is done to it; before a plain capitalised word it may
	// be a name's own first word ("Building Information Modeling").
	if (atStart && !opened && words.length >= 2 && /^[A-Z][a-z]+ing$/.test(words[0]!) && !/^[A-Z][a-z]+$/.test(words[1]!)) {
		words.shift();
		opened = true;
	}
	// A plain word that opens its sentence is capitalised by its place ("Repairing software …").
	if (atStart && !opened && words.length === 1 && /^[A-Z][a-z]+$/.test(words[0]!)) return undefined;
	return words.length ? words.join(' ') : undefined;
}
