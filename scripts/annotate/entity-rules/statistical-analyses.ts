/**
 * The named families of statistical analysis that the empirical fields (education, psychology,
 * medicine, epidemiology, ecology, economics, geography) report their results with, written in
 * lower case: "Logistic regression models were used to analyze …", "Using hierarchical linear
 * modeling, results revealed …", "Results from multilevel modeling …", "we apply a LASSO
 * regression", "we conducted a Monte Carlo simulation", "selected using probability proportional
 * to size (PPS) sampling", "A partial canonical-correspondence analysis suggested …".
 *
 * No capital, acronym or verb of use marks them (they open sentences, follow "Results from",
 * stand as subjects), and their heads ("regression", "modeling", "analysis", "sampling") are the
 * broad kinds `instrument-techniques.ts` rightly refuses alone ("a regression model"). What makes
 * one a name is the word that says which family it is: the link function or penalty of a
 * regression ("logistic", "Poisson", "LASSO"), the structure of a model ("multilevel",
 * "hierarchical linear", "structural equation"), the response of a regression ("beta", for proportions),
 * what a partitioning splits ("variance partitioning"), the scheme of a sampling ("Monte Carlo",
 * "probability proportional to size", "bootstrap"), the basis of a spline ("restricted cubic splines"), the
 * event whose timing is analysed ("event history analysis"). That
 * closed vocabulary is textbook statistics, the same in every field, not a list of any one paper's
 * techniques. A family word inside a longer name ("quantum Monte Carlo simulations", "Monte Carlo
 * Tree Search") is that name's, left to the rules that read it.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** Qualifiers a regression family may carry before its own word ("multilevel logistic regression"). */
// A response's kind may qualify a link ("multinomial logistic regression", "ordinal probit regression").
// How it is fitted ("Bayesian multilevel … regression") and which outcomes it inflates ("zero-one inflated beta
// regression", a response on [0, 1] with its bounds observed) qualify it as well.
const REGRESSION_QUALIFIER = String.raw`(?:(?:multilevel|hierarchical|mixed|multiple|multivariate|multivariable|binary|conditional|penali[sz]ed|weighted|generali[sz]ed|multinomial|ordinal|ordered|Bayesian|zero-(?:one[- ])?inflated|one-inflated)\s+)*`;
/** The word that says which regression: its link, its penalty, its response, or its weighting. */
// A beta regression models a proportion ("zero-one inflated beta regression").
const REGRESSION_FAMILY = String.raw`(?:logistic|linear|Poisson|probit|logit|ordinal|multinomial|quantile|LASSO|[Ll]asso|ridge|negative\s+binomial|geographically\s+weighted|stepwise|zero-inflated|segmented|beta)`;
const REGRESSION = String.raw`${REGRESSION_QUALIFIER}${REGRESSION_FAMILY}\s+regressions?(?:\s+(?:models?|analys[ie]s))?`;
/**
 * A regression named by its link alone, as a model ("odds from multilevel logistic models",
 * "Poisson models were fitted"): the link word names the family without "regression". "linear" is left out,
 * as "linear models" is a kind, not a family.
 */
const LINKED_MODEL = String.raw`${REGRESSION_QUALIFIER}(?:logistic|Poisson|probit|logit|negative\s+binomial)\s+models?`;
/** Models named by their structure, as a model or as the act of modelling. */
// A hierarchical model is a family when "Bayesian" says how it is fitted ("rates smoothed with Bayesian hierarchical models").
const MODEL_FAMILY = String.raw`(?:multilevel|hierarchical\s+linear|Bayesian\s+hierarchical|hierarchical\s+Bayesian|structural\s+equation|mixed[- ]effects?|linear\s+mixed(?:[- ]effects?)?|generali[sz]ed\s+(?:linear|additive)(?:\s+mixed)?|growth\s+curve|latent\s+growth(?:\s+curve)?)`;
const MODELLING = String.raw`${MODEL_FAMILY}\s+(?:model(?:l)?ing|models?)`;
/** Analyses named by what they decompose. */
// Variance (or variation) partitioning splits what a response's variance owes to each set of predictors,
// as ecology reports its drivers ("generalized linear mixed models and variance partitioning").
const ANALYSIS = String.raw`(?:(?:confirmatory|exploratory)\s+)?factor\s+analys[ie]s|latent\s+(?:class|profile)\s+analys[ie]s|(?:partial\s+)?canonical[- ]correspondence\s+analys[ie]s|discriminant\s+(?:function\s+)?analys[ie]s|(?:variance|variation)\s+partitioning`;
/** Analyses of the time until an event ("An event history analysis of strikes shows …"). */
const TIME_TO_EVENT = String.raw`(?:event[- ]history|survival)\s+analys[ie]s`;
/**
 * An analysis of variance named by its design ("a two-way mixed model analysis of variance", "repeated
 * measures ANOVA"): the design is part of the name; a bare "analysis of variance" is the lexicons'.
 */
const DESIGN = String.raw`(?:(?:one|two|three)[- ]way|repeated[- ]measures?|mixed[- ](?:model|design)|mixed|factorial|univariate|multivariate)`;
const VARIANCE = String.raw`(?:(?:one|two|three)[- ]way|repeated[- ]measures?|mixed[- ](?:model|design)|factorial)(?:\s+${DESIGN})*\s+(?:analys[ie]s\s+of\s+(?:co)?variance|M?ANC?OVAs?)`;
/** Correlation coefficients named after their authors, as the empirical fields report them ("Pearson correlations determined …"). */
const CORRELATION = String.raw`(?:Pearson|Spearman)(?:['’]s)?\s+(?:product[- ]moment\s+|rank(?:[- ]order)?\s+)?correlations?(?:\s+(?:coefficients?|analys[ie]s))?`;
/** Splines named by their basis or constraint, as survival and dose-response analyses fit them. */
const SPLINES = String.raw`(?:restricted|natural|penali[sz]ed|smoothing)\s+(?:cubic\s+)?splines?|cubic\s+smoothing\s+splines?`;
/**
 * The adjustments of causal inference from observational data, named by what they model or balance on
 * ("using propensity score adjustment", "inverse probability weighted marginal structural models").
 */
const CAUSAL = String.raw`marginal\s+structural\s+models?|propensity[- ]score\s+(?:adjustment|weighting|stratification|analys[ie]s)|instrumental[- ]variables?\s+(?:analys[ie]s|estimation|regression)`;
/** Sampling and simulation schemes. */
const SAMPLING = String.raw`(?:Markov\s+chain\s+)?Monte\s+Carlo\s+(?:simulations?|sampling|methods?|experiments?)|(?:Gibbs|Latin\s+hypercube|probability\s+proportional\s+to\s+size(?:\s+\([A-Z]+\))?)\s+sampling|(?:bootstrap|jackknife)\s+(?:re)?sampling`;

const STATISTICAL_ANALYSIS = new RegExp(String.raw`(?<![\w-])(?:${REGRESSION}|${LINKED_MODEL}|${MODELLING}|${ANALYSIS}|${TIME_TO_EVENT}|${VARIANCE}|${CORRELATION}|${SPLINES}|${SAMPLING}|${CAUSAL})(?![\w-])`, 'gi');

const WHOLE_ANALYSIS = new RegExp(String.raw`^(?:${REGRESSION}|${LINKED_MODEL}|${MODELLING}|${ANALYSIS}|${TIME_TO_EVENT}|${VARIANCE}|${CORRELATION}|${SPLINES}|${SAMPLING}|${CAUSAL})$`, 'i');

/**
 * Whether a name is, whole, one of the statistical families this rule reads, however it is capitalised:
 * "Generalised Linear Model" is the analysis a study fits, not a trained network, though "Model" ends it.
 *
 * @example isStatisticalAnalysis('Generalised Linear Model') // true
 */
export const isStatisticalAnalysis = (name: string): boolean => WHOLE_ANALYSIS.test(name.replace(/\s+/g, ' '));

/**
 * The words a noun phrase may follow: determiners, prepositions, conjunctions and verbs of doing an
 * analysis. Any other word right before the family ("quantum Monte Carlo", "Bayesian hierarchical
 * linear models") makes it part of a longer name, which is left alone.
 */
const OPENS_PHRASE = new Set(
	(
		'a an the this that these those its their our his her using use via with from by in of on for to and or as than ' +
		'conducted conduct conducts applied apply applies used uses employed employ employs performed perform fitted fit estimated ' +
		'estimate run ran were was are is be been through including include includes such both two three several ' +
		// how a model is fitted, not part of its name ("inverse probability weighted marginal structural models")
		'weighted'
	).split(' '),
);
/**
 * Where the name's noun phrase ends: punctuation, a function word or a verb ("Structural equation
 * modeling applies to check the model"). A further noun makes
 * the family a modifier of another thing ("a quantile regression average", "logistic regression
 * coefficients"), which is not the analysis itself.
 */
const PHRASE_END = /^(?:\s*(?:[,.;:()]|$)|\s+(?:to|for|with|of|in|on|at|by|from|and|or|that|which|as|is|are|was|were|has|have|had|can|could|may|might|will|would|should|shows?|showed|reveals?|revealed|suggests?|indicates?|appl(?:y|ies)|helps?|allows?|enables?|\w+ed)\b)/;
/** The word right before an offset, if a space (not punctuation) separates them. */
const WORD_BEFORE = /([A-Za-z][\w-]*)\s$/;

/** Whether an offset lies inside an open bracket of its sentence. */
function inAside(text: string, at: number): boolean {
	const before = text.slice(Math.max(0, at - 80), at);
	return before.lastIndexOf('(') > Math.max(before.lastIndexOf(')'), before.lastIndexOf('. '));
}

/**
 * A cheap test before the pattern: a family word (most abstracts write none). "linear" and "mixed"
 * are common words, so the test is of the family with its head.
 */
const CUE = /beta regression|partitioning|logistic|linear (?:regression|mixed|model)|Poisson|probit|logit|ordinal|multinomial|quantile|lasso|ridge|binomial|geographically|stepwise|zero-inflated|segmented|multilevel|hierarchical linear|structural equation|mixed[- ]effect|generali[sz]ed (?:linear|additive)|growth curve|factor analys|latent (?:class|profile|growth)|correspondence analys|discriminant|Bayesian hierarchical|hierarchical Bayesian|event[- ]history|survival analys|bootstrap|jackknife|Monte Carlo|Gibbs|Latin hypercube|proportional to size|splines?\b|-way|repeated[- ]measure|ANC?OVA|Pearson|Spearman|marginal structural|propensity|instrumental[- ]variable/i;

/** Named statistical analyses ("hierarchical linear modeling", "LASSO regression"), as methods the paper uses. */
export const statisticalAnalyses: EntityRule = {
	name: 'statistical analyses',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!CUE.test(abstract)) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, STATISTICAL_ANALYSIS)) {
			const name = m[0].replace(/\s+/g, ' ');
			const before = WORD_BEFORE.exec(abstract.slice(Math.max(0, m.index - 24), m.index))?.[1];
			if (before && !OPENS_PHRASE.has(before.toLowerCase())) continue;
			if (!PHRASE_END.test(abstract.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
			if (inUrl(m.index) || isGeneric(name) || isKnown(name)) continue;
			// A coefficient named in a bracketed aside is the measure a result is read by ("(Spearman and Pearson correlation)"), not an analysis run.
			if (/correlation/i.test(name) && inAside(abstract, m.index)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
