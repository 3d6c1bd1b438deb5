/**
 * The parts an introduced name's long form joins, where the abstract then names each part alone:
 * "we present SAMA (factorized Semantic Anchoring and Motion Alignment), a framework … First, we
 * introduce Semantic Anchoring, which … Second, Motion Alignment pre-trains …". A coined acronym
 * spelled out as "X and Y" says the method is made of X and Y; written again on its own, in title
 * case, each is a named part of the paper's method, whatever sentence it then stands in. Conjuncts
 * of two title-case words at least (a leading lower-case qualifier such as "factorized" is not part
 * of either), and only of a long form in brackets after a name the rules already found introduced
 * (read from the text: the acronym reader takes no long form opening in a lower-case word).
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';

/** Two to four title-case words, hyphen-joined ones allowed ("Motion Alignment", "Multi-Scale Token Mixing"). */
const TITLE_CASE = /^[A-Z][A-Za-z]*(?:-[A-Za-z]+)*(?:\s+[A-Z][A-Za-z]*(?:-[A-Za-z]+)*){1,3}$/;

/**
 * What every long form the rule reads holds, whatever name stands before it: a bracket after white
 * space, holding the word "and" and no other bracket. Most abstracts have none (1.5 % of the bench's),
 * and asking this first spares them the pattern made of the paper's names, and its compilation.
 */
const SPELLED_WITH_AND = /\s\([^()]*\band\b[^()]*\)/;

/** Title-case conjuncts of an introduced acronym's long form that the abstract names alone, as introduced. */
export const longFormConjuncts: NameRule = {
	name: 'long-form conjuncts',
	scope: 'paper',
	find({ abstract, isGeneric, isKnown }, found) {
		const hits: NameHit[] = [];
		if (!found.length || !abstract.includes(' and ') || !SPELLED_WITH_AND.test(abstract)) return hits;
		const names = found.map((h) => escapeRegExp(h.name));
		const spelled = new RegExp(String.raw`(?<![\w-])(?:${names.join('|')})\s+\(([^()]*\band\b[^()]*)\)`, 'g');
		for (const definition of abstract.matchAll(spelled)) {
			const span = { start: definition.index, end: definition.index + definition[0].length };
			for (const raw of definition[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
				const name = raw.replace(/^(?:[a-z][\w-]*\s+)+/, '');
				if (!TITLE_CASE.test(name) || isGeneric(name) || isKnown(name) || found.some((h) => h.name === name) || hits.some((h) => h.name === name)) continue;
				// Named alone: written outside the acronym's definition.
				const alone = [...abstract.matchAll(new RegExp(String.raw`(?<![\w-])${escapeRegExp(name)}(?![\w-])`, 'g'))].some(
					(m) => m.index < span.start || m.index >= span.end,
				);
				if (alone) hits.push(hit(name));
			}
		}
		return hits;
	},
};
