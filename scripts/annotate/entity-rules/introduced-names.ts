/**
 * Names the paper introduces, the strongest entity rule: found by the rules of
 * `introduced-name-rules.ts` in the sentences whose subject is the authors ("we propose …",
 * "this paper introduces …", "we … construct … and produce ReachQA") and in the whole paper, then joined with the acronyms that
 * define them ("the Few-Shot Bot (FSB)" is FSB).
 */
import type { EntityRule } from './entity-rule.ts';
import { OUR, WE } from '../text/first-person.ts';
import { NAME_RULES } from './introduced-name-rules.ts';
import type { NameContext, NameHit, NameRule } from './introduced/name-rule.ts';

const SUBJECT = new RegExp(String.raw`\b(?:${WE}|this (?:research )?(?:paper|work|study|thesis|article)|${OUR} (?:paper|work))\b`, 'i');
const CONTRIBUTION_VERB = /\b(?:propos|introduc|present|develop|design|creat|devis|construct|build|curat|produc|releas)(?:e|es|ed|ing|s)?\b/gi;
/**
 * A preposition right after the verb: it has no object there. "… a spectrum constructed from …
 * archive HST data" describes what the data came from, "we build on X" names prior work.
 */
const NO_OBJECT = /^\s+(?:from|on|upon|onto|by|with|via|through|using|into|of|at|over|under)\b/i;

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
		const subject = SUBJECT.exec(sentence.text);
		if (!subject) continue;
		for (const verb of sentence.text.matchAll(CONTRIBUTION_VERB)) {
			if (verb.index < subject.index) continue;
			// A capitalised verb inside a sentence is a word of a name ("JWST Early Release Observations").
			if (/^[A-Z]/.test(verb[0]) && verb.index > 0) continue;
			const start = sentence.start + verb.index + verb[0].length;
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
			return { type: hit.type, name, role: 'introduced' as const, forms };
		});
	},
};
