/**
 * A field of technology a paper works in or applies, named by its acronym, is no work it uses, as "AI"
 * and "NLP" are none (`content/lexicons/generic.yaml`): the Internet of Things and its kin ("IoT",
 * "IIoT", "IoMT", "IoV", "social IoT", "SAG-IoT") and information and communication technologies
 * ("Smart cities leverage Information and Communication Technologies (ICTs)"). The CamelCase and
 * acronym rules see a coined name in "IoT" and a title-case long form in "ICTs"; the shape of the
 * short form ("Io" and a capital: "Internet of …") or its long form says which field is meant, so the
 * whole family is read by one rule rather than listed name by name. A system named after the field
 * keeps its own name ("IoTFlow", "IoT-Bench"). Cloud computing's service models are such fields too:
 * "Function-as-a-Service (FaaS)", "SaaS", "IaaS", "PaaS" name how computing is sold and run, the
 * paradigm a paper works in, not a platform it uses ("AWS Lambda") or builds ("iFaaSBus", "FaaS2F").
 */
import type { NameFilter } from './entity-rule.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { titledText } from '../last-text.ts';

/** "IoT", "IIoT", "IoMT", "IoVs", "SAG-IoT": an "Internet of …", a capitals prefix maybe ("Industrial", "space–air–ground"). */
const INTERNET_OF_ACRONYM = /^(?:[A-Z]{1,5}-)?I?Io[A-Z]{1,3}s?$/;
/** The long forms of these fields: "(Industrial) Internet of Things", "Information and Communication(s) Technology/ies". */
const FIELD_LONG_FORM = /^(?:the\s+)?(?:(?:Industrial|Medical|Social)\s+)?Internet\s+of\s+\w+$|^Information\s+and\s+Communications?\s+Technolog(?:y|ies)$/i;
/** The acronyms of information and communication technologies. */
const ICT = /^ICTs?$/;
/** Whether a name is a service model of cloud computing: "FaaS", "SaaS", "MLaaS", or its long form ("Function-as-a-Service"). */
const isServiceModel = (name: string): boolean => /^[A-Z][A-Za-z]{0,3}aaS$/.test(name) || /^(?:infrastructure|platform|software|functions?|backend|database)[- ]as[- ]a[- ]service$/i.test(name);

/** The long forms of these fields in running text. */
const FIELD_IN_TEXT = /\b(?:(?:Industrial|Medical|Social)\s+)?Internet\s+of\s+\w+|\bInformation\s+and\s+Communications?\s+Technolog(?:y|ies)\b/gi;

let read: { text: string; fields: (readonly [number, number])[] } = { text: '', fields: [] };

/**
 * Whether `text` writes `name` only inside a field's long form: "Things" of "the Internet of Things", which a
 * rule for a title's proper names takes once the whole long form is no entity.
 *
 * @example onlyInFieldName('Things', 'Human Resource Development and the Internet of Things') // true
 */
export function onlyInFieldName(name: string, text: string): boolean {
	// The filter asks about each candidate of one paper in turn: its fields' long forms are found once.
	if (read.text !== text) read = { text, fields: [...text.matchAll(FIELD_IN_TEXT)].map((m) => [m.index, m.index + m[0].length] as const) };
	const { fields } = read;
	if (fields.length === 0) return false;
	const uses = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'gu'))];
	return uses.length > 0 && uses.every((m) => fields.some(([start, end]) => m.index >= start && m.index + name.length <= end));
}

/** Drops a field of technology named by its acronym or long form, and a word of that long form alone. */
export const technologyFields: NameFilter = {
	name: 'technology fields',
	rejects: ({ name, forms }, { title, abstract }) =>
		INTERNET_OF_ACRONYM.test(name) ||
		ICT.test(name) ||
		isServiceModel(name) ||
		[...forms].some((form) => FIELD_LONG_FORM.test(form) || isServiceModel(form)) ||
		onlyInFieldName(name, titledText(title, abstract)),
};
