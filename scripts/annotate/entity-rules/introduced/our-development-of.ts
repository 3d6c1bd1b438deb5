/**
 * A system the authors say they are building: "In the course of our development of an
 * automated, near-real-time, waveform correlation event-detection and location system (WCEDS),
 * we have surveyed …". "our development, design or implementation of" says whose the thing is,
 * even in a clause that only sets the scene; the acronym it is given names it. A name written
 * right after such a noun is the paper's too: "motivating our proposal of STOP (Super TOken for
 * Pruning)" (a name shaped as one: capitals, digits or inner capitals, then a bracket or a clause's end).
 */
import { OUR } from '../../text/first-person.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

const OUR_DEVELOPMENT = new RegExp(
	String.raw`\b${OUR}\s+(?:development|design|implementation|construction)\s+of\s+(?:an?|the)\s+[^().;]{1,150}?\(([A-Z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*)\)`,
	'g',
);

/** "our proposal of STOP (…)", "our design of FooNet, which …": a name-shaped word right after the noun. */
const OUR_NAMED = new RegExp(
	String.raw`\b${OUR}\s+(?:proposal|development|design|implementation|construction|introduction)\s+of\s+((?:[A-Z][A-Z0-9]+|[A-Z][a-z0-9]+[A-Z0-9][A-Za-z0-9]*)(?:[-+][A-Za-z0-9]+)*)(?=\s*[(,.;:]|\s+(?:to|for|which|that|and)\b)`,
	'g',
);

/** "our development of a … system (WCEDS)": WCEDS, joined with its long form by the acronyms. */
export const ourDevelopmentOf: NameRule = {
	name: 'our development of',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		for (const m of allMatches(abstract, OUR_DEVELOPMENT)) if (!isKnown(m[1]!) && !isGeneric(m[1]!)) hits.push(hit(m[1]!));
		for (const m of allMatches(abstract, OUR_NAMED)) if (!isKnown(m[1]!) && !isGeneric(m[1]!) && !hits.some((h) => h.name === m[1])) hits.push(hit(m[1]!));
		return hits;
	},
};
