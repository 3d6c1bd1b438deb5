/**
 * A coined name a sentence opens with and calls new: "GapSeq is a new alignment tool for …",
 * "FooDB is a novel, curated database of …". Software and resource papers often name their tool
 * as the subject and state its kind, with no "we": the copula and "new" say it is the paper's,
 * as "we propose a new …" would, and so does "newly" with a verb of making ("INA-100k is a newly
 * introduced 100,000-hour corpus"); a corpus, a dataset or a benchmark so named is a dataset. A tool
 * described without "new" ("SAMtools is a widely used suite") may be anyone's, and is left to the
 * other rules.
 */
import { isCoinedName } from '../coined-name.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';

/** "Name is/are a(n) [one or two words] new/novel …" at a sentence start. */
const NEW_KIND = /^([A-Za-z][A-Za-z0-9]*(?:[-+/][A-Za-z0-9]+)*)\s+(?:is|are)\s+an?\s+(?:[\w-]+,?\s+(?:and\s+)?){0,2}?(?:new|novel|newly\s+(?:introduced|released|created|collected|compiled|constructed|curated|built|developed))\b/;
/** A kind of data named within a few words of "new": "a newly introduced 100,000-hour corpus of French audio". */
const DATA_KIND = /^(?:[\w,.-]+\s+){0,3}?(?:corpus|corpora|datasets?|databases?|benchmarks?|collections?)\b/i;

/** The coined subject of a sentence that calls it a new thing. */
export const newKindCopula: NameRule = {
	name: 'new kind copula',
	scope: 'paper',
	find({ sentences, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		for (const sentence of sentences) {
			const match = NEW_KIND.exec(sentence.text);
			const token = match?.[1];
			if (!match || !token || !isCoinedName(token) || isKnown(token) || isGeneric(token)) continue;
			hits.push(hit(token, DATA_KIND.test(sentence.text.slice(match[0].length).trim()) ? 'dataset' : 'method'));
		}
		return hits;
	},
};
