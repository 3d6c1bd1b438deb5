/**
 * A platform named by two capitalised tokens joined by "on" or "over": "the SMART on FHIR standard",
 * "SMART on FHIR apps", "IP over DWDM". Standards bodies and software projects name a layer after
 * the one it runs on, and the name keeps the lower-case word inside it; cut at that word, only the
 * second token is found, as if the first were not there.
 *
 * The same shape is also a model evaluated on a benchmark ("ResNet-50 on ImageNet", "GRPO on AIME
 * by 5 points"), so the phrase counts only where the sentence treats it as one thing: an article
 * right before it ("the X on Y helps"), a kind noun of a standard, platform or app right after it
 * ("X on Y apps"), quotation marks around it, or a relative clause calling it a standard or platform
 * ("X on Y, which … has become the default … platform"). A first token that is a known name, a defined
 * acronym, a plural or a sized model leaves the phrase out: that is two names side by side. Hyphens
 * joining the three ("SMART-on-FHIR applications") make one word of them, whatever the first token is.
 *
 * The second token is the standard the platform runs on, a name in its own right where the abstract
 * also writes it alone ("an extension to FHIR resources"), though never defined there: taken then
 * too, as a used method. Run into a word by a hyphen ("FHIR-enabled APIs") it only qualifies.
 */
import type { EntityContext, EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';
import type { Lexicons } from '../lexicons.ts';

/** A token with two capitals at least ("SMART", "FHIR", "HL7", "OpenEHR"), then "on"/"over", then another. */
// Hyphens may join the three instead of spaces ("SMART-on-FHIR applications"), both the same; an acronym's
// bracket may close the first token ("Sustainable … Technologies (SMART)-on-FHIR"), the name then read without it.
const JOINED = /(?<![\w-])([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\)?([ -])(on|over)\2([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?![\w-])/g;

/** What stands before the phrase to make it one noun: an article (a participle between), or an opening quotation mark. */
const BEFORE = /(?:\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+(?:ing|ed)\s+)?|[“"'‘])$/;
/** A kind noun after it: the phrase is that standard, platform or app. */
const KIND_AFTER = /^[”"'’]?\s+(?:standard|specification|platform|framework|apps?|applications?|API|ecosystem|profile|launch)\b/;
/** A relative clause after it that calls it a standard or a platform. */
const CALLED_AFTER = /^,?\s+(?:which|that)\b[^.;]*\b(?:standard|platform|specification|framework)\b/;

/** A first token that is a name on its own: listed, defined as an acronym, a plural ("VLMs") or with a size. */
function standsAlone(token: string, { isKnown, acronyms }: EntityContext): boolean {
	return isKnown(token) || acronyms.some((a) => a.short === token) || /[A-Z]s$/.test(token) || /\d[BM]$/.test(token);
}

// The data sets the lexicons list, by name and alias: compiled once per Lexicons object.
const datasetNames = new WeakMap<Lexicons, ReadonlySet<string>>();

/** A second token that is a listed data set ("… on GSM8K"): the phrase is a run on a benchmark. */
function isBenchmark(token: string, lexicons: Lexicons): boolean {
	let names = datasetNames.get(lexicons);
	if (!names) datasetNames.set(lexicons, (names = new Set(lexicons.dataset.flatMap((e) => [e.name, ...e.aliases]))));
	return names.has(token);
}

/** Whether the abstract writes the token outside the joined name and not run into a word by a hyphen. */
function writtenAlone(token: string, joined: string, abstract: string): boolean {
	const alone = new RegExp(String.raw`(?<![\w-])${token}(?![\w-])`, 'g');
	const inside = joined.length - token.length;
	return allMatches(abstract, alone).some((m) => abstract.slice(m.index - inside, m.index + token.length) !== joined);
}

/** "the SMART on FHIR standard": a platform named by two tokens and "on"/"over", a used method. */
export const joinedPlatformNames: EntityRule = {
	name: 'joined platform names',
	priority: 1,
	find(context) {
		const { abstract, isGeneric, inUrl } = context;
		const found: FoundName[] = [];
		if (!/\w\)?[ -]o(?:n|ver)[ -][A-Z]/.test(abstract)) return found;
		for (const m of allMatches(abstract, JOINED)) {
			const [written, first, joiner, , second] = m as unknown as [string, string, string, string, string];
			const name = written.replace(')', '');
			// Hyphens make one word of the three: a defined first token is then that name's first part.
			if (inUrl(m.index) || isGeneric(name) || (joiner === ' ' && standsAlone(first, context))) continue;
			if (/[A-Z]s$/.test(second) || isBenchmark(second, context.lexicons)) continue;
			const before = abstract.slice(Math.max(0, m.index - 24), m.index);
			const after = abstract.slice(m.index + written.length, m.index + written.length + 160);
			if (!BEFORE.test(before) && !KIND_AFTER.test(after) && !CALLED_AFTER.test(after)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
			if (writtenAlone(second, name, abstract)) found.push({ type: 'method', name: second, role: 'used', forms: [] });
		}
		return found;
	},
};
