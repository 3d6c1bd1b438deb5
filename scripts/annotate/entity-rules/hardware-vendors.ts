/**
 * A name written only before a kind of processor, or before a product of it and "backend", names a
 * chip maker or its hardware, what the work runs on, not a work it uses: "Maca on MetaX GPUs", "the
 * MetaX MACA backend", "Ascend NPUs", "Cerebras chips". Systems papers name the vendor whose hardware
 * they target, and the CamelCase and capitalised-name rules see a name; the noun after it says a
 * machine is meant. A name the text also writes on its own ("MetaX reports …") is kept.
 */
import type { NameFilter } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';

/** A processor's kind after the name, or a product's name and "backend" ("MetaX MACA backend"). */
const HARDWARE_AFTER = /^\s+(?:(?:GPUs?|NPUs?|TPUs?|IPUs?|chips?|accelerators?)\b|[A-Z][\w-]*\s+backends?\b)/;

/**
 * Whether every place `text` writes `name` (as a whole word) is right before a processor's kind.
 *
 * @example onlyBeforeHardware('MetaX', 'Maca on MetaX GPUs and the MetaX MACA backend') // true
 * @example onlyBeforeHardware('MetaX', 'MetaX GPUs; MetaX reports') // false
 */
export function onlyBeforeHardware(name: string, text: string): boolean {
	const uses = allMatches(text, new RegExp(String.raw`(?<![\w-])${escapeRegExp(name)}(?![\w-])`, 'g'));
	return uses.length > 0 && uses.every((m) => HARDWARE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)));
}

/** The last abstract the plain test read, and its answer: the filter asks once per candidate name, the answer is the abstract's. */
let lastAbstract: string | undefined;
let lastSays = false;

function saysHardware(abstract: string): boolean {
	if (abstract !== lastAbstract) {
		lastAbstract = abstract;
		lastSays = /PU|chip|accelerator|backend/.test(abstract);
	}
	return lastSays;
}

/** Drops a name written only before a kind of processor. */
export const hardwareVendors: NameFilter = {
	name: 'hardware vendors',
	// Most abstracts name no processor: one plain test spares them a pattern per name.
	rejects: ({ name }, { abstract }) => saysHardware(abstract) && onlyBeforeHardware(name, abstract),
};
