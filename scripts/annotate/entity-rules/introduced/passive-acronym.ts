/**
 * A name introduced in the passive voice, as mathematics papers write: "the normalized
 * Wolfe-Powell-type LMM (NWP-LMM) is introduced", "a new scheme (ADS) is proposed". The
 * acronym defined right before "is introduced / proposed / developed" is the paper's own;
 * "(LMM) proposed in [Li and Zhou]" and "was proposed by Smith" name prior work and stay out, as
 * does a sentence that opens in an earlier time ("Some time ago, the … (CRPS) was proposed").
 * Engineering papers present their network's parts so, one sentence each, with the kind of part
 * after the bracket and sometimes two parts joined: "an edge feature enhancement (EFE) module is
 * presented", "an attention-based … (ALFE) module and an edge refinement module (ER) are proposed".
 * Such an acronym is the paper's own when the subject opens with "a", "an" or "our" (a new thing)
 * after the last comma or the sentence's start, and the acronym ends the subject or its half but
 * for a part's noun: "a new strategy for fluid–structure interaction (FSI) problems is presented"
 * presents the strategy, not FSI.
 */
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

const PASSIVE_INTRODUCTION =
	/\(([A-Z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*)\)\s+(?:is|are|was|were|has been|have been)\s+(?:\w+ly\s+)?(?:introduced|proposed|developed|presented|designed|constructed)\b(?!\s+(?:by\b|in\s+(?!this\b)))/g;

/** The passive verb of a contribution, not credited to others ("proposed by Smith", "proposed in [3]"). */
const PASSIVE_VERB =
	/\b(?:is|are|was|were|has been|have been)\s+(?:\w+ly\s+)?(?:introduced|proposed|developed|presented|designed|constructed)\b(?!\s+(?:by\b|in\s+(?!this\b)))/g;

/** The subject of that verb: from the last comma, semicolon or colon (or the sentence's start), opening with "a", "an" or "our". */
const NEW_SUBJECT = /(?:^|[,;:]\s+)((?:an?|our)\s+[^,;:]*)$/i;

/**
 * What may stand between the acronym and the verb: a part's noun, then another half of the subject,
 * new by its article ("and an edge refinement module (ER)") or by its own acronym, the article shared
 * ("a … sliding mode controller (STSMC) and integral terminal sliding mode controller (ITSMC) have been designed").
 */
const SUBJECT_REST =
	/^\s*(?:(?:[a-z][\w-]*\s+)?(?:modules?|blocks?|units?|layers?|components?|mechanisms?|branch(?:es)?|heads?|necks?|structures?|encoders?|decoders?|paths?|pathways?))?(?:\s+and\s+(?:(?:an?|our)\s.*|[a-z][^,;:()]*\([A-Z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\)))?\s*$/;

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
		for (const sentence of sentences) {
			if (EARLIER.test(sentence.text)) continue;
			for (const m of allMatches(sentence.text, PASSIVE_VERB)) {
				const subject = NEW_SUBJECT.exec(sentence.text.slice(0, m.index));
				if (!subject) continue;
				const from = sentence.start + m.index - subject[1]!.length;
				const to = sentence.start + m.index;
				for (const acronym of acronyms) {
					if (acronym.span.start < from || acronym.span.end > to || !SUBJECT_REST.test(sentence.text.slice(acronym.span.end - sentence.start, m.index))) continue;
					if (!isKnown(acronym.short) && !isKnown(acronym.long)) hits.push(hit(acronym.short));
				}
			}
		}
		return hits;
	},
};
