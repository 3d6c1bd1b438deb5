/**
 * A name built of the abstract's own acronyms joined by hyphens: "wavelet energy (WE) and
 * zero-crossing rate (ZCR) features … The WE-ZCR based detector …", "graph attention (GAT) with a
 * long short-term memory (LSTM) … GAT-LSTM outperforms …". An abstract that defines the parts and
 * then writes them joined names the combination it built, the way engineering papers name a
 * configuration of their own; prior work is named by its own name, not by the parts this abstract
 * spells out. Each part must be a short form the abstract defines (two parts at least), so a
 * hyphenated run of common acronyms it never defines ("RT-PCR", "EEG-fMRI") is left alone, and so
 * are generic kinds joined ("CNN-LSTM"), a kind of architecture, and a compound before a plural noun
 * ("two WE-ZCR hybrid detectors"), which names a family of variants. Nor is a measurement named by
 * its technique and what it measures ("magnetic resonance imaging (MRI) … skeletal muscle (ATFSM) …
 * For MRI-ATFSM the intraobserver correlation"): a compound opened by an imaging or measuring
 * technique ("… imaging", "… tomography", "… absorptiometry", "… spectroscopy") is a quantity read
 * by that technique, as "MRI-measured" would say, not a configuration the paper built. Nor is an arm
 * of a clinical comparison, a compound the abstract writes as a group of patients ("43 patients
 * underwent P-PCD (group A), and 31 patients underwent AP-PCD (group B)", "the AP-PCD group"): the
 * patients given one variant of the procedure compared. The compound is then a way of writing that
 * procedure, the long form of its last part, a method used ("percutaneous catheter drainage").
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** Two or more acronym-shaped parts joined by hyphens. */
const COMPOUND = /(?<![\w-])[A-Z][A-Za-z0-9]*[A-Z0-9]s?(?:-[A-Z][A-Za-z0-9]*[A-Z0-9]s?)+(?![\w-])/g;

/** One or two lower-case words after the compound, the last a plural noun. */
const PLURAL_AFTER = /^\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s\b(?!\s+(?:of|that|which)\b)/;
/** Long forms of a kind of network, which names an architecture's kind ("long short-term memory", "graph neural network"). */
const NETWORK_KIND = /\b(?:networks?|memory|transformers?|autoencoders?|perceptrons?)$/i;

/** Long forms of a technique that measures or images: "magnetic resonance imaging", "computed tomography". */
const MEASURING_TECHNIQUE = /(?:imaging|graphy|scopy|metry|scans?|scanning)$/i;

/** A compound labelling a group of patients: "AP-PCD (group B)", "the AP-PCD group", "AP-PCD groups". */
const GROUP_AFTER = /^\s*(?:\(\s*groups?\b|groups?\b|arms?\b|cohorts?\b)/i;

/** Hyphenated compounds of acronyms the abstract defines, as methods it introduces. */
export const acronymCompounds: EntityRule = {
	name: 'acronym compounds',
	priority: 1,
	find({ abstract, acronyms, isGeneric, isKnown, inUrl, inAcronym }) {
		if (acronyms.length < 2 || !abstract.includes('-')) return [];
		const longOf = new Map(acronyms.map((a) => [a.short, a.long]));
		const defined = new Set(longOf.keys());
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, COMPOUND)) {
			const name = m[0];
			if (inUrl(m.index) || inAcronym(m.index) || isGeneric(name) || isKnown(name) || defined.has(name)) continue;
			// "two WE-ZCR hybrid detectors": before a plural noun the compound names a family of variants, not one work.
			if (PLURAL_AFTER.test(abstract.slice(m.index + name.length, m.index + name.length + 40))) continue;
			const parts = name.split('-');
			// "AP-PCD (group B)": an arm of a comparison, a variant of the procedure its last part names.
			if (allMatches(abstract, COMPOUND).some((other) => other[0] === name && GROUP_AFTER.test(abstract.slice(other.index + name.length, other.index + name.length + 12)))) {
				const last = parts.at(-1)!;
				const procedure = longOf.get(last);
				if (procedure && !isGeneric(last) && !isKnown(procedure)) found.push({ type: 'method', name: procedure, role: 'used', forms: [last, name] });
				continue;
			}
			// "CNN-LSTM": kinds of network joined name a kind of architecture, no one's configuration.
			if (!parts.every((part) => defined.has(part)) || parts.every((part) => isGeneric(part) || NETWORK_KIND.test(longOf.get(part) ?? ''))) continue;
			// "MRI-ATFSM": what a measuring technique read, not a combination of methods.
			if (MEASURING_TECHNIQUE.test(longOf.get(parts[0]!)!)) continue;
			if (!found.some((f) => f.name === name)) found.push({ type: 'method', name, role: 'introduced', forms: [] });
		}
		return found;
	},
};
