/**
 * A company is not an entity: "a women-owned and run start-up company, Aloe Health (AH), had to
 * respond", "a social entrepreneurial startup called “Pahal,”". Business and management papers,
 * teaching cases above all, name the firm they study in apposition to its kind noun or after a verb
 * of naming; the firm is who did the work, as an organisation is (`organisation-names.ts`), and so
 * is its acronym. A name written so once is a company wherever else the abstract writes it.
 */
import { forLastText } from '../last-text.ts';
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';

/** A noun of a company, then a comma or a verb of naming, and an opening quotation mark maybe. */
const COMPANY_BEFORE = /\b(?:company|firm|start-?up|enterprise|corporation)(?:,\s+|\s+(?:called|named|dubbed)\s+)["“‘']?$/i;

/** Whether the abstract writes a noun of a company at all: asked once per candidate name, read once per abstract. */
const writesCompanyNoun = forLastText((abstract: string) => /\b(?:company|firm|start-?up|enterprise|corporation)\b/i.test(abstract));

/** Drops a firm named in apposition to, or by a verb of naming after, a noun of a company. */
export const companyNames: NameFilter = {
	name: 'company names',
	rejects({ name, forms }, { abstract }) {
		if (!writesCompanyNoun(abstract)) return false;
		return [name, ...forms].some((form) => boundedStarts(form, abstract).some((at) => COMPANY_BEFORE.test(abstract.slice(Math.max(0, at - 40), at))));
	},
};
