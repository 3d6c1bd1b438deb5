/**
 * A mass-spectrometric technique named by the acronym of its ion source or separation before the
 * analyser: "MALDI-TOF MS", "MALDI-TOF mass spectrometry", "LC-MS/MS", "GC-MS", "ICP-MS". Microbiology,
 * food science and analytical chemistry write the technique so, the acronym often never defined (or
 * defined in a long form no acronym reader aligns: "matrix-assisted laser desorption/ionization
 * time-of-flight mass spectrometry (MALDI-TOF MS)"), and then write it again in parts: the acronym
 * alone ("applied to MALDI-TOF"), the head alone ("the MS peak data", "mass spectrometry data"), the
 * source's own acronym ("Matrix-Assisted Laser Desorption-Ionization (MALDI)"). Each part read alone is
 * a false name (a "mass spectrometry", an "MS" typed a dataset by the data it yields, a "MALDI-TOF"
 * read as a database): all are the one technique, a method used.
 *
 * The acronym is capitals (and digits), hyphens or slashes joining its parts ("MALDI-TOF", "LA-ICP");
 * the head is "MS" (with a tandem "/MS" or an order "MS2"), "mass spectrometry" or "mass spectrometer".
 * "Mass spectra" are the data the technique yields, which `studied-conditions.ts` reads as a quantity
 * measured: in "MALDI-TOF mass spectra" the acronym is a mention of the technique, the spectra no part
 * of it. One name stands for the technique however a paper spells it, so a collection shows one page:
 * the compound with "MS" the paper writes, else the acronym and "MS". Every written compound and the
 * acronym alone are its forms, and so is a long form spelled out right before the bracketed compound,
 * read back from the head to the farthest word that opens with the acronym's first letter. Where the
 * abstract names one such technique only, its bare head ("MS", "mass spectrometry") and the acronyms it
 * defines for the compound's parts (with their long forms) are its forms too; with two ("GC-MS and
 * LC-MS") a bare "MS" says not which, and is left to the other rules.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** The acronym of the source or separation: two capitals or more per part, parts joined by "-" or "/". */
const ACRONYM = String.raw`[A-Z][A-Z0-9]+(?:[-/][A-Z][A-Z0-9]*)*`;
/** The head: the "MS" acronym (glued by a hyphen or after a space), or the words. */
const HEAD = String.raw`(?:[-\s]MS(?:\/MS|\d|n)?|\s+mass\s+spectrometr(?:y|ies|ic)|\s+mass\s+spectrometers?)`;
const COMPOUND = new RegExp(String.raw`(?<![\w/-])(${ACRONYM})(${HEAD})(?![\w-])`, 'g');
/** The bare heads a paper naming one such technique writes for it. */
const BARE_HEADS = ['MS', 'mass spectrometry', 'mass spectrometer'];

/** Words a long form may hold besides its content words ("time of flight", "desorption/ionization and time-of-flight"). */
const JOINING = /^(?:of|and)$/;
/** Words that end the phrase before a long form: function words and verbs' particles, not content words. */
const BEFORE_LONG_FORM = /^(?:the|a|an|their|its|our|by|with|using|on|in|of|for|to|from|and|or|as|via|than|that|which|these|those|this)$/i;

/**
 * The long form spelled out right before "(MALDI-TOF MS)" and ending in the head, when the acronym's first
 * letter opens one of its words: the farthest such word within the phrase (twelve words at most, no comma).
 *
 * @example longFormBefore('were typed by matrix-assisted laser desorption/ionization time-of-flight mass spectrometry ', 'MALDI-TOF')
 * // 'matrix-assisted laser desorption/ionization time-of-flight mass spectrometry'
 */
export function longFormBefore(text: string, acronym: string): string | undefined {
	const words = /(?:^|[\s])((?:\S+\s+){0,11}mass\s+spectromet(?:ry|er))\s*$/.exec(text.slice(-200))?.[1]?.split(/\s+/);
	if (!words) return undefined;
	let from: number | undefined;
	for (let i = words.length - 3; i >= 0; i--) {
		const word = words[i]!;
		if (/[,;:.()]/.test(word) || (BEFORE_LONG_FORM.test(word) && !JOINING.test(word))) break;
		if (word[0]!.toLowerCase() === acronym[0]!.toLowerCase()) from = i;
	}
	return from === undefined ? undefined : words.slice(from).join(' ');
}

/** "MALDI-TOF MS", "LC-MS/MS": mass spectrometry named by its source's acronym, as one method used. */
export const massSpectrometryCompounds: EntityRule = {
	name: 'mass spectrometry compounds',
	priority: 2,
	find({ abstract, acronyms, inUrl }) {
		if (!abstract.includes('MS') && !abstract.includes('mass spectr')) return [];
		const byAcronym = new Map<string, string[]>();
		const longForms = new Map<string, string[]>();
		for (const m of allMatches(abstract, COMPOUND)) {
			// "MS" itself is a head, not a source ("MS MS"); so is a person's initials after a surname, which "(?<!\w)" keeps out.
			if (m[1] === 'MS' || inUrl(m.index)) continue;
			// "… time-of-flight mass spectrometry (MALDI-TOF MS)": the long form before the bracket is the technique's too.
			const long = abstract[m.index - 1] === '(' ? longFormBefore(abstract.slice(0, m.index - 1), m[1]!) : undefined;
			if (long) longForms.set(m[1]!, [...(longForms.get(m[1]!) ?? []), long]);
			const written = byAcronym.get(m[1]!) ?? [];
			if (!written.includes(m[0])) written.push(m[0]);
			byAcronym.set(m[1]!, written);
		}
		const alone = byAcronym.size === 1;
		return [...byAcronym].map(([acronym, written]): FoundName => {
			// "Matrix-Assisted Laser Desorption-Ionization (MALDI)" of "MALDI-TOF": a defined part is the technique's.
			const parts = acronyms.filter((a) => acronym.split(/[-/]/).includes(a.short)).flatMap((a) => [a.short, a.long]);
			const spelled = longForms.get(acronym) ?? [];
			// One name for the technique however a paper spells it, so a collection shows one page: the compound
			// with "MS" it writes ("GC-MS", "LC-MS/MS"), else the acronym and "MS" ("MALDI-TOF mass spectrometry" → "MALDI-TOF MS").
			const name = written.find((w) => /MS/.test(w.slice(acronym.length))) ?? `${acronym} MS`;
			const forms = [...written.filter((w) => w !== name), acronym, ...parts, ...spelled, ...(alone ? BARE_HEADS : [])];
			return { type: 'method', name, role: 'used', forms, statedType: true };
		});
	},
};
