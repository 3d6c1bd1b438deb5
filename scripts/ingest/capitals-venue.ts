/**
 * A venue written all in capitals, as Web of Science gives every journal ("SOLAR ENERGY MATERIALS
 * AND SOLAR CELLS", "IEEE TRANSACTIONS ON ELECTRON DEVICES"): it shouts on every page and in every
 * citation exported from the site. It is written in title case: small words in lower case, the
 * publishers' and societies' acronyms journal names hold kept in capitals, any other word with a
 * capital initial. A name with one lower-case letter is the publisher's own casing and stays.
 */

import { capitalise, MINOR as TITLE_MINOR } from './title-rules/capitals-title.ts';

/**
 * Words a name in title case writes in lower case, except first: a title's, and the articles and
 * prepositions of journals' names in French, Spanish, Portuguese, Italian and German ("Memórias do
 * Instituto Oswaldo Cruz", "Revista da Sociedade Brasileira de …", "Zeitschrift für die …").
 */
export const MINOR = new Set([
	...TITLE_MINOR,
	...'de des del della delle dei degli di du la le las los et do da dos das und fur für der die zur zum von'.split(' '),
]);

/** Acronyms that journal and proceedings names hold, kept in capitals. */
const ACRONYMS = new Set(
	`IEEE ACM SIAM IET IOP AIP ACS RSC SPIE ASME AIAA ASCE BMC BMJ JAMA PLOS PNAS EMBO FEBS IUCR ICES AAPG AGU EGU SEG ISPRS
	IFAC IFIP AAAI IJCAI NMR MRS EPJ ECS OSA IUBMB AJR AMA APA APS ASM CIRP SAE ISA NASA WIT NATO UK USA EU US II III IV
	AIDS HIV CVF`.split(/\s+/),
);

/**
 * `name` in title case when it is written all in capitals and holds two or more words; else
 * unchanged. One word ("SENSORS", "JAMA", "ELIFE") only the journal's own spelling can case
 * (`venueCasedAs`): telling a word from an acronym needs a vocabulary the readers do not load, as
 * the build starts its site while they read.
 *
 * @example capitalsVenue('SOLAR ENERGY MATERIALS AND SOLAR CELLS') // 'Solar Energy Materials and Solar Cells'
 * @example capitalsVenue('IEEE TRANSACTIONS ON ELECTRON DEVICES') // 'IEEE Transactions on Electron Devices'
 * @example capitalsVenue('APPLIED SCIENCES-BASEL') // 'Applied Sciences'
 *
 * `spelled` holds the words the record writes elsewhere with two capitals or more, keyed in capitals
 * (`record-spellings.ts`): such a word is written as the record writes it, an acronym the list above
 * cannot hold ("SIGKDD", "FAccT").
 *
 * @example capitalsVenue('PROCEEDINGS OF THE 26TH ACM SIGKDD CONFERENCE', new Map([['SIGKDD', 'SIGKDD']])) // 'Proceedings of the 26th ACM SIGKDD Conference'
 */
export function capitalsVenue(written: string, spelled: ReadonlyMap<string, string> = new Map()): string {
	if (/\p{Ll}/u.test(written)) return written;
	// Web of Science tells apart journals of one name by their publisher's city ("APPLIED SCIENCES-BASEL", MDPI's
	// Basel), which is no part of the name the journal prints.
	const name = written.replace(/(?<=\p{Lu}{2})-BASEL$/u, '');
	if ((name.match(/\p{Lu}{2,}/gu) ?? []).length < 2) return name;
	let first = true;
	const bracketed = bracketedAcronyms(name);
	return name.replace(/[\p{L}\p{N}]+/gu, (word, at: number) => {
		const opening = first;
		first = false;
		// An ordinal ("38TH"); a section's letter ("… SOLIDI A-APPLICATIONS"); a bracketed acronym ("(PVSC)", "(MT-ITS)").
		if (/^\d+(?:ST|ND|RD|TH)$/.test(word)) return word.toLowerCase();
		const spelling = spelled.get(word);
		if (spelling) return spelling;
		if (ACRONYMS.has(word) || /\d/.test(word) || word.length === 1 || bracketed.some(([start, end]) => at >= start && at < end)) return word;
		const lower = word.toLowerCase();
		// A conference's acronym and year, opening the name or in brackets ("ICCREM 2021: …", "… (CVPR 2021)").
		if ((at === 0 || name[at - 1] === '(') && !MINOR.has(lower) && /^ (?:19|20)\d\d\b/.test(name.slice(at + word.length))) return word;
		// A subtitle opens with a capital, after a colon or after the hyphen Web of Science writes for one
		// ("CONVERGENCE-THE INTERNATIONAL JOURNAL …"); a small word within a compound ("STATE-OF-THE-ART") stays small.
		const opensSubtitle = (name[at - 1] === '-' && name[at + word.length] === ' ') || /[:.]\s$/.test(name.slice(Math.max(0, at - 2), at));
		if (MINOR.has(lower) && !opening && !opensSubtitle) return lower;
		return capitalise(lower);
	});
}

/**
 * Where `name` holds a conference's acronym in brackets, one word or hyphen-joined words with or
 * without a year: "(PVSC)", "(MT-ITS)", "(CISP-BMEI 2016)", "(ANT-2017)". Its words are the acronym's
 * letters, not words to case ("Mt-Its").
 */
function bracketedAcronyms(name: string): Array<[start: number, end: number]> {
	return [...name.matchAll(/\((\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*)(?: (?:19|20)\d\d)?\)/gu)].map((match) => [match.index! + 1, match.index! + 1 + match[1]!.length]);
}

/**
 * `name` cased as one of the `abbreviations` a record gives beside it, where one is the same name in
 * other case: Web of Science gives each journal in capitals ("ANIMALS", "AGRIENGINEERING", "ELIFE")
 * and, as `JI`, its ISO abbreviation, which for a one-word name is the name as the journal writes it
 * ("Animals", "AgriEngineering", "eLife"), or that name with the publisher's city after a hyphen
 * where two journals share it ("Drones-Basel"). A one-word name `capitalsVenue` cannot case, not
 * knowing a word from an acronym, is cased so; any other name is returned as it is.
 *
 * @example venueCasedAs('AGRIENGINEERING', ['AGRIENGINEERING', 'AgriEngineering']) // 'AgriEngineering'
 * @example venueCasedAs('DRONES', ['Drones-Basel']) // 'Drones'
 */
export function venueCasedAs(name: string | undefined, abbreviations: readonly (string | undefined)[]): string | undefined {
	const text = name?.trim();
	if (!text || /\p{Ll}/u.test(text)) return name;
	const same = (other: string) => other.toLowerCase() === text.toLowerCase();
	for (const other of abbreviations) {
		const written = other?.trim();
		if (!written || !/\p{Ll}/u.test(written)) continue;
		if (same(written)) return written;
		const beforeCity = /^([^-\s]+)-\p{Lu}\p{Ll}+$/u.exec(written)?.[1];
		if (beforeCity && !text.includes('-') && same(beforeCity)) return beforeCity;
	}
	return name;
}
