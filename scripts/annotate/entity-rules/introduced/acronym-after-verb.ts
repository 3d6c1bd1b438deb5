/**
 * An acronym defined right after the verb: "We propose In-Context Preference Learning (ICPL)".
 * Not when the words between show the object has ended ("… based on Group Relative Policy
 * Optimization (GRPO)") or when a metric follows ("the Frequency-Averaged Score (FAS) metric");
 * a benchmark or dataset noun after it makes the name a dataset. Nor when a common term abbreviated
 * in lower case modifies what was made, a noun of a kind of work following after further words
 * ("a wearable electroencephalogram (EEG) sleep-staging system", "a soil moisture (SM) retrieval
 * algorithm"): the head is that kind, and the acronym what it works on. Nor an acronym of a method a
 * lexicon lists, by either form: "We present a density functional theory (DFT) study" uses DFT, an
 * established method, as the other name rules take a known name to be used. "The idea of" (or
 * "notion", "concept", "principle") before the name does not end the object: "we propose the idea of
 * Intra-Loop Self Distillation (ILSD)" proposes ILSD. Nor a lower-case term abbreviated inside the
 * apposition of a name made just before ("we construct VisionFoundry-10K, a synthetic visual question
 * answering (VQA) dataset"): the apposition describes that name, and the term says what it serves.
 */
import { OBJECT_END, type NameHit, type NameRule } from './name-rule.ts';

const NOT_A_METHOD_NOUN = /^\)?\s*(?:metric|score|measure|index)\b/i;
const DATASET_NOUN = /^\)?\s*(?:benchmark|dataset|suite|environment)s?\b/i;
/** One or two lower-case words, then a noun of a kind of work: the acronym modifies the head. */
const MODIFIED_HEAD = /^\)?\s+(?:[a-z][\w-]*\s+){1,2}(?:system|method|framework|algorithm|model|approach|device|platform|pipeline|tool|architecture|network|technique|scheme)s?\b/;

/** "the idea of", opening the object: what is proposed is the thing named after it. */
const IDEA_OF = /^\s*(?:the|a)\s+(?:(?:new|novel|simple|key)\s+)?(?:idea|notion|concept|principle)\s+of\s/i;

/** A name, then ", a|an …": what follows describes the name. */
const APPOSITION = /^\s*[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2},\s+an?\s/;

/** Acronyms defined within seven words of the verb, in the same sentence. */
export const acronymAfterVerb: NameRule = {
	name: 'acronym after verb',
	scope: 'object',
	find({ sentence, start }, { abstract, acronyms, isKnown }) {
		const hits: NameHit[] = [];
		for (const acronym of acronyms) {
			if (acronym.span.start < start || acronym.span.end > sentence.end) continue;
			if (isKnown(acronym.short) || isKnown(acronym.long)) continue;
			const gap = abstract.slice(start, acronym.span.start);
			const gapWords = gap.replace(IDEA_OF, ' ').split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
			if (gapWords.length > 7 || gapWords.some((w) => OBJECT_END.has(w))) continue;
			if (!/[A-Z]/.test(acronym.long) && APPOSITION.test(gap)) continue;
			const next = abstract.slice(acronym.span.end, acronym.span.end + 20);
			if (NOT_A_METHOD_NOUN.test(next)) continue;
			if (!/[A-Z]/.test(acronym.long) && MODIFIED_HEAD.test(abstract.slice(acronym.span.end, acronym.span.end + 60))) continue;
			hits.push({ name: acronym.short, forms: [acronym.short, acronym.long], type: DATASET_NOUN.test(next) ? 'dataset' : 'method' });
		}
		return hits;
	},
};
