/**
 * Statistics and tests named after two people, joined by a hyphen or an en dash, as statistics
 * and the earth sciences name them: "the Kolmogorov–Smirnov statistic", "the Zech–Aslan energy
 * statistic", "the Friedman–Rafsky runs statistic", "the Kullback–Leibler divergence", "a
 * Mann-Kendall test", a transformation, plot or analysis a meta-analysis or a method comparison
 * reports ("the Box–Cox transformation", "Bland–Altman analysis"), the curves a survival analysis
 * draws ("Kaplan-Meier curves"), the efficiency scores a hydrological model is calibrated on
 * ("the Kling-Gupta efficiency"), and an empirical relation they published ("the Boore-Atkinson
 * ground-motion prediction relation", its subject named between: a bare "Navier-Stokes relation" is too rare to tell apart). Two capitalised surnames before a statistic's head noun, with at most one
 * lower-case word between, are one technique; a single surname ("the Pearson correlation") is
 * left to the lexicons, as it often names a concept in passing.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const SURNAME = String.raw`[A-Z][a-z]+`;
const EPONYM_STATISTIC = new RegExp(
	String.raw`\b${SURNAME}[-–]${SURNAME}(?:\s[a-z]+)?\s(?:statistics?|divergences?|tests?|criteri(?:on|a)|distances?|estimators?|transformations?|plots?|curves?|analys[ie]s|efficienc(?:y|ies))\b|\b${SURNAME}[-–]${SURNAME}(?:\s[a-z]+(?:-[a-z]+)?){1,3}\s(?:relations?|relationships?)\b`,
	'g',
);

/** "Kolmogorov–Smirnov statistic", "Kullback–Leibler divergence": two people's names before a statistic's head noun. */
export const eponymStatistics: EntityRule = {
	name: 'eponym statistics',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		return allMatches(abstract, EPONYM_STATISTIC)
			.filter((m) => !inUrl(m.index) && !isGeneric(m[0]) && !isKnown(m[0]))
			.map((m) => ({ type: 'method' as const, name: m[0], role: 'used' as const, forms: [] }));
	},
};
