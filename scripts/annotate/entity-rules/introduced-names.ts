/**
 * Names the paper introduces, the strongest entity rule: found by the rules of
 * `introduced-name-rules.ts` in the sentences whose subject is the authors ("we propose …",
 * "this paper introduces …", "we … construct … and produce ReachQA") and in the whole paper, then joined with the acronyms that
 * define them ("the Few-Shot Bot (FSB)" is FSB).
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import type { EntityContext, EntityRule, FoundName } from './entity-rule.ts';
import { contributionObjectStarts, SUBJECT } from './introduced/contribution-statement.ts';
import { NAME_RULES } from './introduced-name-rules.ts';
import { isDevelopedFrom } from './introduced/developed-from-names.ts';
import { isOwnEarlierName } from './introduced/own-earlier-names.ts';
import type { ContributionObject, NameContext, NameHit, NameRule } from './introduced/name-rule.ts';

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
	return findIntroducedNamesOfPapers([context], rules)[0]!;
}

type ObjectRule = Extract<NameRule, { scope: 'object' }>;
type SentenceRule = Extract<NameRule, { scope: 'sentence' }>;
type PaperRule = Extract<NameRule, { scope: 'paper' }>;

/**
 * `findIntroducedNames` of each paper, in order, with the same names. The papers go through the rules
 * in step: a rule runs on the same place of every paper (its k-th sentence, that sentence's j-th
 * verb object) before the next rule, so each paper meets its places and rules in its own order while
 * a rule's code runs many times in a row.
 */
export function findIntroducedNamesOfPapers(contexts: readonly NameContext[], rules: readonly NameRule[] = NAME_RULES): NameHit[][] {
	const objectRules = rules.filter((rule): rule is ObjectRule => rule.scope === 'object');
	const sentenceRules = rules.filter((rule): rule is SentenceRule => rule.scope === 'sentence');
	const paperRules = rules.filter((rule): rule is PaperRule => rule.scope === 'paper');
	const papers = contexts.map((context) => ({ context, hits: [] as NameHit[] }));
	const most = Math.max(0, ...contexts.map(({ sentences }) => sentences.length));
	for (let k = 0; k < most; k++) {
		const stated = papers.flatMap((paper) => {
			const sentence = paper.context.sentences[k];
			if (!sentence || !SUBJECT.test(sentence.text)) return [];
			return [{ ...paper, sentence, objects: contributionObjects(sentence, paper.context.abstract) }];
		});
		const objects = Math.max(0, ...stated.map(({ objects }) => objects.length));
		for (let j = 0; j < objects; j++) {
			for (const rule of objectRules) for (const paper of stated) if (j < paper.objects.length) add(paper, rule.find(paper.objects[j]!, paper.context, paper.hits));
		}
		for (const rule of sentenceRules) for (const paper of stated) add(paper, rule.find(paper.sentence, paper.context, paper.hits));
	}
	for (const rule of paperRules) for (const paper of papers) add(paper, rule.find(paper.context, paper.hits));
	// "our prior GTA benchmark", "developed from the EBM model": earlier work, used here.
	return papers.map(({ context, hits }) => hits.filter((hit) => !isOwnEarlierName(hit.name, context.abstract) && !isDevelopedFrom(hit.name, context.abstract, context.acronyms)));
}

/** The objects of the sentence's contribution verbs, but where a preposition shows the verb has none. */
function contributionObjects(sentence: Span, abstract: string): ContributionObject[] {
	return contributionObjectStarts(sentence)
		.filter((start) => !NO_OBJECT.test(abstract.slice(start, start + 12)))
		.map((start) => ({ sentence, start, text: abstract.slice(start, sentence.end) }));
}

/** Adds names a rule found to a paper's hits: a name found again gains the new forms; generic and one-letter names are dropped. */
function add({ context, hits }: { context: NameContext; hits: NameHit[] }, found: NameHit[]): void {
	for (const hit of found) {
		if (hit.name.length < 2 || context.isGeneric(hit.name)) continue;
		const same = hits.find((h) => h.name === hit.name);
		if (!same) hits.push({ ...hit, forms: [...hit.forms] });
		else for (const form of hit.forms) if (!same.forms.includes(form)) same.forms.push(form);
	}
}

/** A name the paper introduces, with the long form of an acronym it is (or that it abbreviates). */
export const introducedNames: EntityRule = {
	name: 'introduced names',
	priority: 3,
	find: (context) => foundNames(context, findIntroducedNames(context)),
	findAll: (contexts) => findIntroducedNamesOfPapers(contexts).map((hits, i) => foundNames(contexts[i]!, hits)),
};

/** The paper's introduced names as an entity rule gives them: a long form found on its own joins its short form. */
function foundNames({ acronyms, isGeneric }: EntityContext, hits: readonly NameHit[]): FoundName[] {
	return hits.map((hit) => {
		// "the Few-Shot Bot (FSB)": a long form found on its own joins its short form.
		const byLong = acronyms.find((a) => a.long === hit.name);
		const byShort = acronyms.find((a) => a.short === hit.name);
		const name = byLong && !isGeneric(byLong.short) ? byLong.short : hit.name;
		const forms = [...hit.forms, ...(byLong ? [byLong.long] : []), ...(byShort ? [byShort.long] : [])];
		return { type: hit.type, name, role: 'introduced' as const, forms, titleOnly: hit.titleOnly };
	});
}
