/**
 * A system the authors call theirs by a title-case name with its acronym: "we show that our
 * Earthquake Alarm System (ElarmS) could …", or after its kind in apposition, a sentence's "Our" too ("our technique,
 * Cadastral-based Expert Dasymetric System (CEDS)"), or after a benchmark it names by its task
 * ("our newly introduced benchmark for Referral Video Process Segmentation (Ref-VPS)", a dataset). Capitalising a long form and giving it an acronym
 * is how a name is coined, and "our" before it says who coined it, so no "proposed" or "new" is
 * needed, unlike a bare "our method"; one may still stand before the name, whose words an ampersand may
 * join ("retrieved via our proposed Similarity & Utility-Aware Upper Confidence Bound (SimUtil-UCB)
 * strategy"). "our" before a lower-case phrase ("our understanding
 * (U)") or a name a lexicon knows is left out.
 */
import { OUR } from '../../text/first-person.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

// "our technique, Cadastral-based Expert Dasymetric System (CEDS)": the kind, then the name in
// apposition; "our newly introduced benchmark for Referral Video Process Segmentation (Ref-VPS)":
// a benchmark or dataset named by the task it is for, which makes the name data.
const KIND = String.raw`(?:technique|method|approach|system|model|framework|tool|algorithm|(dataset|database|benchmark))`;
const OUR_NAMED_ACRONYM = new RegExp(
	String.raw`\b(?:${OUR}|Our|My)\s+(?:(?:[a-z]+\s+){0,2}?${KIND}(?:,|\s+for)\s+|(?:proposed|new|novel)\s+)?(?:[A-Z][a-z]+(?:-[A-Za-z]+)?\s+(?:(?:&|and)\s+)?){1,6}\(([A-Z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*)\)`,
	'g',
);

/** "our Earthquake Alarm System (ElarmS)": ElarmS, joined with its long form by the acronyms. */
export const ourNamedAcronym: NameRule = {
	name: 'our named acronym',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		for (const m of allMatches(abstract, OUR_NAMED_ACRONYM)) if (!isKnown(m[2]!) && !isGeneric(m[2]!)) hits.push(hit(m[2]!, m[1] ? 'dataset' : 'method'));
		return hits;
	},
};
