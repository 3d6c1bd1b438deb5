/**
 * A name introduced in the passive voice, as mathematics papers write: "the normalized
 * Wolfe-Powell-type LMM (NWP-LMM) is introduced", "a new scheme (ADS) is proposed". The
 * acronym defined right before "is introduced / proposed / developed" is the paper's own;
 * "(LMM) proposed in [Li and Zhou]" and "was proposed by Smith" name prior work and stay out.
 */
import { hit, type NameHit, type NameRule } from './name-rule.ts';

const PASSIVE_INTRODUCTION =
	/\(([A-Z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*)\)\s+(?:is|are|was|were|has been|have been)\s+(?:\w+ly\s+)?(?:introduced|proposed|developed|presented|designed|constructed)\b(?!\s+(?:by\b|in\s+(?!this\b)))/g;

/** "X (ABC) is introduced": ABC, joined with its long form by the acronyms. */
export const passiveAcronym: NameRule = {
	name: 'passive acronym',
	scope: 'paper',
	find({ abstract, isKnown }) {
		const hits: NameHit[] = [];
		for (const m of abstract.matchAll(PASSIVE_INTRODUCTION)) if (!isKnown(m[1]!)) hits.push(hit(m[1]!));
		return hits;
	},
};
