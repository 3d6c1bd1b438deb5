/**
 * A name introduced in the passive voice, as mathematics papers write: "the normalized
 * Wolfe-Powell-type LMM (NWP-LMM) is introduced", "a new scheme (ADS) is proposed". The
 * acronym defined right before "is introduced / proposed / developed" is the paper's own;
 * "(LMM) proposed in [Li and Zhou]" and "was proposed by Smith" name prior work and stay out, as
 * does a sentence that opens in an earlier time ("Some time ago, the … (CRPS) was proposed").
 */
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

const PASSIVE_INTRODUCTION =
	/\(([A-Z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*)\)\s+(?:is|are|was|were|has been|have been)\s+(?:\w+ly\s+)?(?:introduced|proposed|developed|presented|designed|constructed)\b(?!\s+(?:by\b|in\s+(?!this\b)))/g;

/** A sentence that opens in a time before the paper's: what it says was proposed is prior work. */
const EARLIER = /^\W*(?:some time ago|recently|previously|originally|formerly|in the past|(?:many\s+)?(?:years|decades) ago|in (?:1[89]|20)\d\d)\b/i;

/**
 * "In this study, the ABC was developed for …": an acronym the abstract defined before, made in the
 * passive in a sentence the paper's own frame opens. Without the frame, "the ABC was developed in
 * the 1990s" may tell the acronym's history.
 */
const OWN_FRAME_PASSIVE =
	/^(?:In|Within|For)\s+(?:this|the present|our)\s+(?:study|paper|work|article|research|thesis),\s+(?:the|a|an|our)\s+([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s+(?:is|was|has been)\s+(?:\w+ly\s+)?(?:introduced|proposed|developed|designed|constructed)\b(?!\s+by\b)/;

/** "X (ABC) is introduced", "In this study, the ABC was developed": ABC, joined with its long form by the acronyms. */
export const passiveAcronym: NameRule = {
	name: 'passive acronym',
	scope: 'paper',
	find({ abstract, sentences, acronyms, isKnown }) {
		const hits: NameHit[] = [];
		for (const sentence of sentences) {
			const name = OWN_FRAME_PASSIVE.exec(sentence.text)?.[1];
			if (name && acronyms.some((a) => a.short === name && a.span.start < sentence.start) && !isKnown(name)) hits.push(hit(name));
		}
		for (const m of allMatches(abstract, PASSIVE_INTRODUCTION)) {
			const sentence = sentences.find((x) => m.index >= x.start && m.index < x.end);
			if (sentence && EARLIER.test(sentence.text)) continue;
			if (!isKnown(m[1]!)) hits.push(hit(m[1]!));
		}
		return hits;
	},
};
