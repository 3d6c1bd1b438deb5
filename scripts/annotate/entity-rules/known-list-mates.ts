/**
 * Unknown names listed among benchmarks the lexicons know: "out-of-domain tasks (MMLU, GSM8k,
 * AIME, TruthfulQA, SQuADv2, GPQA, PIQA, AGIEval)". A list of names is a list of one kind of
 * thing, and when most of its items are known datasets the others are datasets too, whatever the
 * noun before the list calls them ("tasks", "suites", "settings"). Only coined or acronym-shaped
 * items are taken: a plain word in such a list ("Physics", "Average") is a category. Two names
 * evaluated on together ("On ScanNet and KITTI, …", "on MMLU and BBQ benchmarks") are such a list
 * when one is a known dataset and the phrase ends there. A known dataset's yearly edition counts as
 * known ("on AIME25, HMMT25, and GPQA": the competitions are cited by year, the list by its editions).
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { lexiconIndex } from './lexicon-names.ts';
import { allMatches } from '../all-matches.ts';
import { isKnownEdition } from './year-editions.ts';

// Three or more one-token names joined by commas, the last maybe by "and" / "or" ("A, B, and C" among them).
const ITEM = String.raw`[A-Z][\w.+-]*[\w+]`;
const LIST = new RegExp(String.raw`(?<![\w-])${ITEM}(?:(?:,\s+${ITEM}){2,}(?:,?\s+(?:and|or)\s+${ITEM})?|,\s+${ITEM},?\s+(?:and|or)\s+${ITEM})(?![\w-])`, 'g');
const SEPARATOR = /,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/;
// "On ScanNet and KITTI, …": two names after "on", the phrase ending after them.
const PAIR = new RegExp(String.raw`\b[Oo]n\s+(${ITEM})\s+and\s+(${ITEM})(?=\s*[,.;:)]|\s+(?:benchmarks?|datasets?)\b)`, 'g');

/** Names in a list whose items are mostly known datasets, as datasets used. */
export const knownListMates: EntityRule = {
	name: 'known list-mates',
	priority: 1,
	find({ abstract, lexicons, isGeneric, isKnown, inUrl }) {
		const { lookup } = lexiconIndex(lexicons);
		const found: FoundName[] = [];
		const lists = allMatches(abstract, LIST).filter((m) => !inUrl(m.index)).map((m) => ({ items: m[0].split(SEPARATOR), needed: 2 }));
		for (const m of allMatches(abstract, PAIR)) if (!inUrl(m.index)) lists.push({ items: [m[1]!, m[2]!], needed: 1 });
		for (const { items, needed } of lists) {
			const isDataset = (name: string) => lookup.get(name)?.type === 'dataset';
			const known = items.filter((item) => isDataset(item) || isKnownEdition(item, isDataset)).length;
			if (known < needed || known * 2 < items.length) continue;
			for (const item of items) {
				if (isKnown(item) || isGeneric(item) || isKnownEdition(item, isDataset) || !(isCoinedName(item) || /^[A-Z]{2,}\d*$/.test(item))) continue;
				found.push({ type: 'dataset', name: item, role: 'used', forms: [], statedType: true });
			}
		}
		return found;
	},
};
