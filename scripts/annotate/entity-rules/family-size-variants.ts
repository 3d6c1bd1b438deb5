/**
 * A known model family with the size word of one of its released variants: "ViT Tiny", "DeiT-Small",
 * "BERT Base", "Swin-Large". Vision and language families publish their checkpoints under such
 * words, and a paper's numbers are measured on one of them, so the variant is the model it used,
 * not the family. Lexicon matching takes the family alone and stops before the size word. Only a
 * family the lexicons list as a model and a capitalised size word right after it (a space or a
 * hyphen between) count: "ViT Tiny and Base" names the first variant whole, the second only by its
 * size, which is left alone.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { lexiconIndex } from './lexicon-names.ts';
import { allMatches } from '../all-matches.ts';

/** A name of capitals (a family: "ViT", "DeiT", "BERT"), then a size word. */
const SIZED = /(?<![\w-])([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)[ -](Tiny|Small|Base|Large|Huge|Giant)(?![\w-])/g;

/** "ViT Tiny": a listed model family's sized variant, as a model used. */
export const familySizeVariants: EntityRule = {
	name: 'family size variants',
	priority: 1,
	find({ abstract, lexicons, inUrl }) {
		if (!lexicons || !/[ -](?:Tiny|Small|Base|Large|Huge|Giant)\b/.test(abstract)) return [];
		const { lookup } = lexiconIndex(lexicons);
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, SIZED)) {
			const name = `${m[1]} ${m[2]}`;
			if (inUrl(m.index) || lookup.get(m[1]!)?.type !== 'model' || found.some((f) => f.name === name)) continue;
			found.push({ type: 'model', name, role: 'used', forms: [m[0]] });
		}
		return found;
	},
};
