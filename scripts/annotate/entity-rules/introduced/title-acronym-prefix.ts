/**
 * A title that opens with a long form and its acronym before the colon, "Measurement of
 * Biodiversity (MoB): A method to separate …", names the paper's own method by both: the
 * acronym is the name, the long form another way of writing it, which the abstract may use in
 * lower case ("We provide an approach for the measurement of biodiversity …"). The acronym
 * must start as the long form does, in either case ("Python Materials Genomics (pymatgen)"), and
 * the abstract must write one of the two.
 */
import type { NameRule } from './name-rule.ts';

// The short form may be lower case, as software is often named ("Python Materials Genomics (pymatgen):").
const PREFIX = /^([A-Z][\w'’-]*(?:\s+[\w'’-]+){1,7})\s+\(([A-Za-z][A-Za-z0-9-]{1,11})\):\s/;

/** The acronym of the title's "Long Form (ACRO):" prefix, with its long form, if the abstract writes either. */
export const titleAcronymPrefix: NameRule = {
	name: 'title acronym prefix',
	scope: 'paper',
	find({ title, abstract, isGeneric }) {
		const match = PREFIX.exec(title);
		if (!match) return [];
		const [, long, short] = match as unknown as [string, string, string];
		if (short[0]!.toLowerCase() !== long[0]!.toLowerCase() || isGeneric(short)) return [];
		const writes = abstract.includes(short) || abstract.toLowerCase().includes(long.toLowerCase());
		return writes ? [{ name: short, forms: [short, long], type: 'method' }] : [];
	},
};
