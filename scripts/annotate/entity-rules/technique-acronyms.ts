/**
 * Techniques named by a lower-case long form with an acronym, as mathematics and physics write
 * them: "the local minimax method (LMM)", "preconditioned steepest descent (PSD)", "the random
 * phase approximation (RPA)", and named theories that predict, as "the maximum entropy theory of
 * ecology (METE)". The head noun says a technique is meant; a concept in lower case
 * ("large language model (LLM)", "antiretroviral therapy (ART)") has another head and stays out.
 * The abstract's own definition decides: an acronym the generic list holds in another sense
 * ("LMM", large multimodal model) names the technique here.
 */
import { isTitleCase } from './named-acronyms.ts';
import type { EntityRule } from './entity-rule.ts';

const TECHNIQUE_HEAD = /\s(?:method|algorithm|approximation|descent|scheme|estimator|solver|sampler|transform|decomposition|expansion|theory)$/;
// "the maximum entropy theory of ecology (METE)": the head noun comes before an of-phrase naming its domain.
const OF_DOMAIN = /\s+of\s+[a-z][\w-]*$/;
const ALGORITHM_HEAD = /\s(?:algorithm|descent|solver|sampler)$/;

/** Acronyms the abstract defines as a technique in lower case, as techniques the paper uses. */
export const techniqueAcronyms: EntityRule = {
	name: 'technique acronyms',
	priority: 1,
	find({ acronyms, isGeneric, isKnown, inUrl }) {
		return acronyms
			.filter((a) => !isTitleCase(a.long) && /^[a-z]/.test(a.long) && TECHNIQUE_HEAD.test(a.long.replace(OF_DOMAIN, '')))
			.filter((a) => !isGeneric(a.long) && !isKnown(a.short) && !isKnown(a.long) && !inUrl(a.span.start))
			.map((a) => ({ type: ALGORITHM_HEAD.test(a.long) ? ('algorithm' as const) : ('method' as const), name: a.short, role: 'used' as const, forms: [a.long] }));
	},
};
