/**
 * Names the paper introduces, the strongest entity rule: found by the rules of
 * `introduced-name-rules.ts` in the sentences whose subject is the authors ("we propose …",
 * "this paper introduces …", "we … construct … and produce ReachQA") and in the whole paper, then joined with the acronyms that
 * define them ("the Few-Shot Bot (FSB)" is FSB).
 */
import type { EntityRule } from './entity-rule.ts';
import { contributionObjectStarts, SUBJECT } from './introduced/contribution-statement.ts';
import { NAME_RULES } from './introduced-name-rules.ts';
import type { NameContext, NameHit, NameRule } from './introduced/name-rule.ts';

/**
 * A preposition right after the verb: it has no object there. "… a spectrum constructed from …
 * archive HST data" describes what the data came from, "we build on X" names prior work. A word
 * joined by a hyphen is none ("we propose On-policy Critic Shaping").
 */
const NO_OBJECT = /^\s+(?:from|on|upon|onto|by|with|via|through|using|into|of|at|over|under)\b(?!-)/i;

/**
 * Runs `rules` over the paper: object rules on what follows each contribution verb, sentence
 * rules on each sentence whose subject is the authors, paper rules once. A name found again
 * gains the new forms; generic and one-letter names are dropped.
 */
export function findIntroducedNames(context: NameContext, rules: readonly NameRule[] = NAME_RULES): NameHit[] {
	const { abstract, sentences } = context;
	const hits: NameHit[] = [];
	const add = (found: NameHit[]) => {
		for (const hit of found) {
			if (hit.name.length < 2 || context.isGeneric(hit.name)) continue;
			const same = hits.find((h) => h.name === hit.name);
			if (!same) hits.push({ ...hit, forms: [...hit.forms] });
			else for (const form of hit.forms) if (!same.forms.includes(form)) same.forms.push(form);
		}
	};
	for (const sentence of sentences) {
		if (!SUBJECT.test(sentence.text)) continue;
		for (const start of contributionObjectStarts(sentence)) {
			if (NO_OBJECT.test(abstract.slice(start, start + 12))) continue;
			const object = { sentence, start, text: abstract.slice(start, sentence.end) };
			for (const rule of rules) if (rule.scope === 'object') add(rule.find(object, context, hits));
		}
		for (const rule of rules) if (rule.scope === 'sentence') add(rule.find(sentence, context, hits));
	}
	for (const rule of rules) if (rule.scope === 'paper') add(rule.find(context, hits));
	return hits;
}

/** A name the paper introduces, with the long form of an acronym it is (or that it abbreviates). */
export const introducedNames: EntityRule = {
	name: 'introduced names',
	priority: 3,
	find(context) {
		const { acronyms, isGeneric } = context;
		return findIntroducedNames(context).map((hit) => {
			// "the Few-Shot Bot (FSB)": a long form found on its own joins its short form.
			const byLong = acronyms.find((a) => a.long === hit.name);
			const byShort = acronyms.find((a) => a.short === hit.name);
			const name = byLong && !isGeneric(byLong.short) ? byLong.short : hit.name;
			const forms = [...hit.forms, ...(byLong ? [byLong.long] : []), ...(byShort ? [byShort.long] : [])];
			return { type: hit.type, name, role: 'introduced' as const, forms, titleOnly: hit.titleOnly };
		});
	},
};
