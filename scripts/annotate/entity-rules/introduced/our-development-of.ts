/**
 * A system the authors say they are building: "In the course of our development of an
 * automated, near-real-time, waveform correlation event-detection and location system (WCEDS),
 * we have surveyed …". "our development, design or implementation of" says whose the thing is,
 * even in a clause that only sets the scene; the acronym it is given names it.
 */
import { OUR } from '../../text/first-person.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';

const OUR_DEVELOPMENT = new RegExp(
	String.raw`\b${OUR}\s+(?:development|design|implementation|construction)\s+of\s+(?:an?|the)\s+[^().;]{1,150}?\(([A-Z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*)\)`,
	'g',
);

/** "our development of a … system (WCEDS)": WCEDS, joined with its long form by the acronyms. */
export const ourDevelopmentOf: NameRule = {
	name: 'our development of',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		for (const m of abstract.matchAll(OUR_DEVELOPMENT)) if (!isKnown(m[1]!) && !isGeneric(m[1]!)) hits.push(hit(m[1]!));
		return hits;
	},
};
