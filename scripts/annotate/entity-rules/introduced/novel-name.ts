/**
 * A coined name called new anywhere in the abstract: "a novel QWeb neural network
 * architecture", "CoT-Max, a novel approach", "a new … prompt Adapter (IP-Adapter)"; and
 * capitalised words called new in apposition ("… is Masked Replay Training, a novel strategy"). An
 * acronym in the brackets whose long form is a lexicon's name ("a novel data envelopment analysis
 * (DEA) model") names what the new thing is built on, not the new thing, and so does a name
 * after "is a new" before a lower-case noun ("FHIR is a new HL7 interoperability standard").
 */
import { isCoinedName } from '../coined-name.ts';
import { isKindWord } from '../name-shapes.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

// The third form: a new thing described, then named in parentheses ("a new dynamic regional image
// prompt Adapter (IP-Adapter)"), within six words and no clause break.
const NOVEL = /\b(?:novel|new)\s+([A-Za-z][\w+-]*)|([A-Za-z][\w+-]*),\s+an?\s+(?:novel|new)\b|\ban?\s+(?:novel|new)\s+(?:[\w-]+\s+){0,5}[\w-]+\s+\(([A-Za-z][\w+-]*)\)/g;

// "FHIR is a new HL7 interoperability standard": after a copula, the new thing is the sentence's
// subject, and a name before a lower-case noun says whose kind it is, not what is new.
const COPULA_BEFORE = /\b(?:is|are|was|were)\s+an?\s+$/;
const LOWER_CASE_AFTER = /^\s+[a-z]/;

/** A singular noun of an algorithm right after the bracketed name. */
const KIND_AFTER = /^\s+(algorithm)\b(?!-)/;

// "At the core of our approach is Masked Replay Training, a novel training strategy": capitalised
// words (two to four, not opening the sentence) called new in apposition name a part the paper made.
// The word before is a lower-case one, so the run is whole and opens no sentence.
const RUN_CALLED_NEW = /(?<=(?<![\w-])[a-z][\w-]*,?\s)((?!(?:A|An|The|This|These|Our|Its|Such)\b)[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){1,3}),\s+an?\s+(?:novel|new)\b/g;

/** "novel / new NAME" and "NAME, a novel / new", outside acronym definitions. */
export const novelName: NameRule = {
	name: 'novel name',
	scope: 'paper',
	find({ abstract, acronyms, inAcronym, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		// Every form says "new" or "novel": without either the pattern, tried at every word, finds nothing.
		if (!abstract.includes('new') && !abstract.includes('novel')) return hits;
		for (const m of allMatches(abstract, NOVEL)) {
			const token = m[3] ?? m[1] ?? m[2]!;
			// A name in parentheses may well be an acronym's short form; the other forms stand outside one.
			// The noun after the bracket says what was made: "a novel … (ABC) algorithm" is an algorithm.
			const kind = m[3] !== undefined ? KIND_AFTER.exec(abstract.slice(m.index + m[0].length, m.index + m[0].length + 16))?.[1] : undefined;
			// "a novel data envelopment analysis (DEA) model": a known technique in brackets is what the new one is built on.
			if (m[3] !== undefined && acronyms.some((a) => a.short === token && isKnown(a.long))) continue;
			if (m[1] !== undefined && COPULA_BEFORE.test(abstract.slice(Math.max(0, m.index - 12), m.index)) && LOWER_CASE_AFTER.test(abstract.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
			if (isCoinedName(token) && (m[3] !== undefined || !inAcronym(m.index + m[0].indexOf(token)))) hits.push(hit(token, kind === 'algorithm' ? 'algorithm' : 'method'));
		}
		for (const m of allMatches(abstract, RUN_CALLED_NEW)) {
			const run = m[1]!;
			const words = run.split(/\s+/);
			// A plural or a field's kind ("Large Language Models, a new …") names a kind of work.
			if (/[^s]s$/.test(words.at(-1)!) || words.some(isKindWord) || isKnown(run) || isGeneric(run) || inAcronym(m.index)) continue;
			hits.push(hit(run));
		}
		return hits;
	},
};
