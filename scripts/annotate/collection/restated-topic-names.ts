/**
 * Whether a derived topic's name would restate one already given: one name's words run inside
 * the other's ("COVID-19" in "COVID-19 pandemic", "Hazardous materials" in "Hazardous materials
 * transportation"; numbers and plurals aside), and nearly every paper the longer name gathers carries
 * the shorter one too. On a list of one theme the theme
 * is said in several ways, and a topic per way lists the same papers under names a reader takes
 * for one subject; a longer name whose papers mostly do not say the shorter one ("Language model
 * agents" among many papers on "Language models") names a part of it and stays.
 */
import { phraseForm } from './phrase-form.ts';
import { unnumbered } from './topic-name-overlap.ts';

/** A name and the papers it gathers. */
export interface GatheringName {
	/** Phrase form (`phraseForm`). */
	form: string;
	/** The papers of the topic that carry the name. */
	papers: Iterable<number>;
}

/** Whether `paper` carries the phrase of form `form`. */
export type CarriesName = (paper: number, form: string) => boolean;

/** Share of the longer name's papers that must carry the shorter name for the two to read as one. */
const RESTATED_SHARE = 0.8;

/**
 * True when `candidate` and `named` would name one subject twice: one's words inside the
 * other's, and `RESTATED_SHARE` of the longer one's papers carrying the shorter.
 *
 * @example restatesName({ form: 'covid-19 pandemic', papers: [1, 2] }, { form: 'covid-19', papers: [0, 1, 2, 3] }, () => true) // true
 */
export function restatesName(candidate: GatheringName, named: GatheringName, carries: CarriesName): boolean {
	const [longer, inner] = innerName(candidate, named) ?? innerName(named, candidate) ?? [null, ''];
	if (!longer) return false;
	const papers = [...longer.papers];
	if (papers.length === 0) return false;
	let carrying = 0;
	for (const paper of papers) if (carries(paper, inner)) carrying++;
	return carrying >= papers.length * RESTATED_SHARE;
}

/**
 * When `outer`'s words, numbers and plurals aside, hold `part`'s as a longer run: `outer` and the words
 * of it that say `part`, as a phrase form ("covid-19" of "covid-19 pandemic" for "covid"; "hazardous
 * material" of "hazardous materials transportation", whose phrase form leaves a plural inside it).
 */
function innerName(outer: GatheringName, part: GatheringName): [GatheringName, string] | null {
	const words = outer.form.split(' ');
	const bare = words.map((word) => singular(unnumbered(word)));
	const wanted = unnumbered(part.form).split(' ').map(singular);
	if (wanted.length >= words.length) return null;
	for (let at = 0; at + wanted.length <= words.length; at++) {
		if (wanted.every((word, k) => bare[at + k] === word)) return [outer, phraseForm(words.slice(at, at + wanted.length).join(' '))];
	}
	return null;
}

/** A word as `phraseForm` writes a phrase's last word: its plural made singular. */
const singular = (word: string) => phraseForm(word);
