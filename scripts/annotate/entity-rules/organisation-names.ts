/**
 * An organisation is not an entity: "The Department of Agricultural Extension (DAE)", "the
 * WorldFish Center", and no word cut out of one ("Health" of "Department of Health and Human
 * Services"). What gives an organisation away is its head noun — Department, Ministry, Center,
 * Institute, a publisher's Publishing or Press ("Springer International Publishing"), a body of
 * states' Nations ("the United Nations (UN)"), … — written
 * capitalised before "of …" or after the capitalised words of its name.
 * A method is almost never named so ("Center Loss" is lower case after "Center" in use, and no
 * rule finds "Center" alone). A name of that shape the abstract calls a methodology or an approach
 * ("the Living Lab methodology", "the Living-Lab approach") is a way of working named after the place
 * it is done in, a method, and stays.
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { forLastText, titledText } from '../last-text.ts';
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { allMatches } from '../all-matches.ts';

// "Nations" heads a body of states ("United Nations", "Association of Southeast Asian Nations").
const HEAD = String.raw`(?:Nations|Department|Ministry|Bureau|Agency|Institute|Institution|Center|Centre|Council|Foundation|University|College|Commission|Organi[sz]ation|Association|Society|Federation|Administration|Office|Authority|Board|Directorate|Secretariat|Academy|Committee|Laboratory|Laboratories|Lab|Publishing|Publisher|Press)s?`;
const ANY_HEAD = new RegExp(String.raw`\b${HEAD}\b`);
const CAP = String.raw`[A-Z][\w'’&.-]*`;
/** The capitalised words before the head, "and" allowed between them ("Food and Agriculture Organization"). */
const WORDS = String.raw`(?:${CAP}\s+(?:(?:and|&)\s+)?)`;
/**
 * "Department of Health and Human Services", "Food and Agriculture Organization of the United Nations"; a possessive
 * ends the name ("the University of Michigan Survey Research Center's Monthly Survey" is the center's survey).
 */
const HEAD_OF = new RegExp(String.raw`${WORDS}*${HEAD}(?:\s+(?:of|for|on|and|&)\s+(?:the\s+)?${CAP}(?:(?<!['’]s)\s+${CAP})*)+`, 'g');
/** "WorldFish Center", "The Asia Foundation", "BRAC Institute". */
const NAME_HEAD = new RegExp(String.raw`${WORDS}+${HEAD}\b`, 'g');
/** A whole organisation name, of two words at least: "Office" or "Board" alone may be a dataset's or a domain's name. */
const WHOLE = new RegExp(String.raw`^(?=\S+\s)(?:${WORDS}*${HEAD}(?:\s+(?:of|for|on|and|&)\s+(?:the\s+)?${CAP}(?:(?<!['’]s)\s+${CAP})*)*|${WORDS}+${HEAD})$`);

/** The character ranges of `text` that organisation names take. */
export function organisationSpans(text: string): [number, number][] {
	return [...allMatches(text, HEAD_OF), ...allMatches(text, NAME_HEAD)].map((m) => [m.index, m.index + m[0].length]);
}

// Asked for every candidate name of one paper: the text's organisation spans are read once.
// Most abstracts name no organisation: one plain scan spares them the span patterns.
const organisationSpansOfLast = forLastText((text) => (ANY_HEAD.test(text) ? organisationSpans(text) : []));

/**
 * Whether `name` (with its other `forms`, such as an acronym's long form) names an organisation
 * in `text`: a form is an organisation name, or every place `text` writes the name lies inside one.
 *
 * @example namesOrganisation('DAE', ['Department of Agricultural Extension'], '…') // true
 * @example namesOrganisation('WorldFish', [], 'the WorldFish Center and its partners') // true
 */
export function namesOrganisation(name: string, forms: Iterable<string>, text: string): boolean {
	if ([name, ...forms].some((form) => WHOLE.test(form))) return true;
	const spans = organisationSpansOfLast(text);
	if (spans.length === 0) return false;
	const uses = boundedStarts(name, text);
	return uses.length > 0 && uses.every((at) => spans.some(([s, e]) => at >= s && at + name.length <= e));
}

/**
 * Whether the abstract writes a form, its spaces or hyphens either way, right before "methodology" or
 * "approach": the place names a way of working.
 *
 * @example calledMethodology(['Living Lab'], 'embracing the Living-Lab methodology') // true
 */
export function calledMethodology(forms: readonly string[], text: string): boolean {
	return forms.some((form) => /\s/.test(form) && new RegExp(String.raw`(?<![\w-])${escapeRegExp(form).replace(/\s+/g, '[\\s-]')}\s+(?:methodology|methodologies|approach)\b`).test(text));
}

/** Drops organisations and the words of their names. */
export const organisationNames: NameFilter = {
	name: 'organisation names',
	rejects({ name, forms }, { title, abstract, acronyms }) {
		const longForms = acronyms.filter((a) => a.short === name).map((a) => a.long);
		const all = [name, ...forms, ...longForms];
		return namesOrganisation(name, all.slice(1), titledText(title, abstract)) && !calledMethodology(all, abstract);
	},
};
