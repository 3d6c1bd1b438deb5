/**
 * A model named right after its parameter count and kind: "it enables the lightweight 6B model
 * Z-Image-Turbo to surpass …", "the 7B LLM Falcon-Mamba". The count says a released network is
 * meant, and the name after the kind is that network's, whatever its shape: names of image and
 * language models are hyphenated words ("Z-Image-Turbo") that the coined-name tests, reading for
 * capitals inside a word, pass over. A plain capitalised word must end its phrase ("the 8B model
 * Falcon, …"), as a product's name does where prose would go on, and be no participle ("Trained on …").
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A count of parameters, the kind, then a name of hyphenated parts, or of one plain word ending its phrase. */
const SIZED_MODEL =
	/(?<![\w.])\d+(?:\.\d+)?[BM]\s+(?:models?|LLMs?|VLMs?|MLLMs?)\s+([A-Z][\w.]*(?:-[A-Za-z0-9.]*[A-Za-z0-9])+|(?![A-Z][a-z]+(?:ed|ing)\b)[A-Z][a-z]+(?=\s*[,.;:)]|\s+(?:and|or|in|on|with|by|to)\b))(?![\w-])/g;

/** "the lightweight 6B model Z-Image-Turbo": the model named after its size and kind, used. */
export const sizedModelNames: EntityRule = {
	name: 'sized model names',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!/\d[BM]\s+(?:model|LLM|VLM|MLLM)/.test(abstract)) return [];
		return allMatches(abstract, SIZED_MODEL)
			.filter((m) => !inUrl(m.index) && !isGeneric(m[1]!) && !isKnown(m[1]!))
			.map((m): FoundName => ({ type: 'model', name: m[1]!, role: 'used', forms: [] }));
	},
};
