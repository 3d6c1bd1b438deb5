/**
 * Parts of the paper's own method named in title case beside the ones the rules already found, in
 * the sentence where the authors introduce them: "we propose Consistent Constraint Annealing (CCA)
 * to regulate …, and Multi-Source Inner-Guidance to enforce …" (a second part joined by "and" to an
 * introduced acronym's bracket and its purpose), "we introduce FooWorld, a framework that … via a
 * Joint World Modeling Paradigm, jointly predicting …" (the mechanism the introduced system works
 * by, after "via a"). Ordinary words set in title case mid-sentence are a name; the place says whose:
 * the authors' own sentence of making, next to what they made. A mechanism after "via a" must end in
 * a noun of a part or a way of working ("Paradigm", "Module", "Loss"), so a generic "via a Large
 * Language Model" stays out.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';

/** The authors making something in the sentence. */
const MAKING = /\b[Ww]e\s+(?:also\s+|further\s+|then\s+)?(?:propose|introduce|present|design|develop|devise)\b/;
/** A title-case word, hyphen-joined ones allowed ("Multi-Source", "Inner-Guidance"). */
const WORD = String.raw`[A-Z][a-z]+(?:-[A-Z][a-z]+)*`;
/** After an introduced part's bracket and its purpose: ", and Title-Case Name to …". */
const AND_MATE = new RegExp(String.raw`\(([A-Z][\w-]*)\)\s+(?:to|for)\s[^.;()]{0,100}?,?\s+and\s+((?:${WORD}\s+){0,4}${WORD})\s+(?:to|for|that|which)\b`, 'g');
/** "via a Joint World Modeling Paradigm": three to five title-case words ending in a noun of a part or a way of working. */
const VIA_MECHANISM = new RegExp(
	String.raw`\b(?:via|through)\s+(?:an?|the)\s+((?:${WORD}\s+){2,4}(?:Paradigm|Mechanism|Module|Strategy|Scheme|Loss|Objective|Block|Layer|Regularizer|Regularization|Guidance))\b`,
	'g',
);

/** Title-case names of parts the authors introduce beside a name already found in the same sentence. */
export const titleCaseMates: NameRule = {
	name: 'title-case mates',
	scope: 'paper',
	find({ abstract, sentences, isGeneric, isKnown }, found) {
		if (!found.length) return [];
		const hits: NameHit[] = [];
		const add = (name: string) => {
			if (name.split(/[\s-]+/).length < 2 || isGeneric(name) || isKnown(name) || found.some((h) => h.name === name) || hits.some((h) => h.name === name)) return;
			hits.push(hit(name));
		};
		const names = found.map((h) => escapeRegExp(h.name));
		const ownName = new RegExp(String.raw`(?<![\w-])(?:${names.join('|')})(?![\w-])`);
		for (const sentence of sentences) {
			const text = abstract.slice(sentence.start, sentence.end);
			if (!MAKING.test(text) || !ownName.test(text)) continue;
			for (const m of text.matchAll(AND_MATE)) if (found.some((h) => h.name === m[1] || h.forms.includes(m[1]!))) add(m[2]!);
			for (const m of text.matchAll(VIA_MECHANISM)) add(m[1]!);
		}
		return hits;
	},
};
