/**
 * The items of a numbered list of contributions, each a coined name and an apposition saying what
 * it is: "Our main contributions are: (i) FooKB, a curated knowledge base of …; (ii) FooRet, an
 * embedding model that …; and (iii) FooAgent, an LLM agent for …". Papers list what they made so;
 * the sentence names each item once, with no verb of making before it, so the rules that read a
 * contribution verb's object see none of them past the first. "Contributions" after "our" (or "the
 * paper's", "this work's") says the items are the authors' own; the item's number marks it out,
 * and its comma or colon closes the name. A name must be coined (capitals within it, an acronym)
 * or written elsewhere in the abstract: a plain word after a number is prose ("(i) we show …").
 */
import { apposedKind } from '../apposed-kind.ts';
import { isCoinedName } from '../coined-name.ts';
import type { NameHit, NameRule } from './name-rule.ts';

/** "Our main contributions are:", "The key contributions of this work include:": the list after the colon. */
const CONTRIBUTIONS = /\b(?:[Oo]ur|[Tt]he|[Tt]his\s+(?:paper|work)'s)\s+(?:(?:main|key|core|principal|primary|major|two|three|four|five)\s+)*contributions\s+(?:of\s+(?:this|our)\s+(?:paper|work)\s+)?(?:are|include)?\s*:\s*([^.]+)/;
/** An item's number, then one token, then the comma or colon that opens its apposition. */
const NUMBERED_ITEM = /\(?(?:\d|[ivx]{1,4})\)\s+([A-Za-z][\w.+-]*[\w+])\s*[,:]\s+(?:an?|the)\s/g;

/** The coined names that open the numbered items of a list of the paper's contributions. */
export const contributionListItems: NameRule = {
	name: 'contribution-list items',
	// A paper rule: "Our contributions are:" has no subject the sentence rules wait for ("we", "this paper").
	scope: 'paper',
	find({ abstract, sentences, isGeneric, isKnown }) {
		if (!abstract.includes('contributions')) return [];
		const hits: NameHit[] = [];
		const items = sentences.flatMap((sentence) => [...(CONTRIBUTIONS.exec(sentence.text)?.[1]?.matchAll(NUMBERED_ITEM) ?? [])]);
		for (const m of items) {
			const name = m[1]!;
			if (!isCoinedName(name) || isGeneric(name) || isKnown(name) || hits.some((h) => h.name === name)) continue;
			hits.push({ name, forms: [name], type: apposedKind(name, abstract) ?? 'method' });
		}
		return hits;
	},
};
