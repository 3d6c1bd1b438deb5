/**
 * Who funds, oversees or runs the work is not what it used: "the Aurora initiative, funded by
 * the ANR and overseen by CERFACS and Onera" names a programme and three bodies, no method,
 * model or dataset. A name is dropped when every place the abstract writes it is right before a
 * noun of a programme ("the Aurora initiative", "the NeuroX consortium") or in the list after a
 * verb of funding or oversight ("funded by A", "overseen by A, B, and C") or a funding line's label
 * ("Funding: A and the B"). A name used elsewhere
 * too ("the Aurora initiative released AuroraMesh") keeps its other uses' evidence.
 */
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';

/** A lower-case noun of a programme or of a body of partners, right after the name. */
const PROGRAMME_AFTER = /^\s+(?:initiative|programme|consortium|alliance|coalition)\b/;
/**
 * A verb of funding or oversight and "by", or a funding line's label ("Funding: ", as a clinical
 * abstract closes), then names joined by commas and "and" up to this one: "overseen by CEA, CNRS,
 * and ", "funded by the ", "Funding: ".
 */
const SPONSORED_BEFORE = /(?:\b(?:funded|co-funded|sponsored|financed|overseen|administered|coordinated|operated|managed|hosted)\s+(?:jointly\s+)?by|\b(?:Funding(?:\s+sources?)?|Financial\s+support|Grant\s+support)\s*:)\s+(?:the\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*,?\s+(?:and\s+|&\s+)?(?:the\s+)?)*$/;

/** Drops programmes and the bodies that fund or oversee the work. */
export const sponsorNames: NameFilter = {
	name: 'sponsor names',
	rejects({ name }, { abstract }) {
		const uses = boundedStarts(name, abstract);
		return uses.length > 0 && uses.every((at) => PROGRAMME_AFTER.test(abstract.slice(at + name.length, at + name.length + 16)) || SPONSORED_BEFORE.test(abstract.slice(Math.max(0, at - 120), at)));
	},
};
