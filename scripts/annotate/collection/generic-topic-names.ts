/**
 * A topic name made only of the words every field uses — "Data sets", "Hierarchical structure",
 * "Results", "Model performance", "Ground truth", "Hybrid approach", "Pilot study", the statistics a
 * study reports ("Hazard ratio", "Confidence intervals"), its comparator ("Usual care"), a structured
 * abstract's headings ("Introduction"), the parts of a study's data ("Test data", "Training set"), what a model reads and writes ("Input sequences", "Output data"), a model's use ("Prediction models") and the work naming itself (a law review's "This Article", "the present study") —
 * says nothing of what its papers are about: two papers on
 * treatment effects and one on farmer training all "use data sets". Such a phrase never names a
 * derived topic (`topic-phrase-ranking.ts`); a phrase with one word of a subject does
 * ("Regression models", "Language models", "Data cubes"). Nor does a phrase whose head names a facet of what its
 * modifier names ("Management aspects", "Ethical considerations", "Economic perspectives"): the facet adds nothing,
 * and the reader of "Management aspects" (round 34's "waste management aspects" and "social, economic, and
 * management aspects") asks "of what?"; the phrase's subject, when the papers share it, names the topic instead.
 */

/** Nouns and modifiers of research prose that name no subject, in any field; plurals are folded below. */
const GENERIC = new Set(
	`data dataset set structure hierarchical model method approach framework system analysis analyses problem result information process
	task technique feature level type number value parameter property properties effect impact factor case application tool solution
	quality performance accuracy efficiency time design evaluation function variable sample measure measurement outcome group component
	test training validation prediction
	aspect issue challenge scale size range rate step stage field area domain study studies work research paper experiment simulation
	article chapter essay thesis manuscript present
	large small high low new novel general multiple various different key main total overall specific several single first important
	proposed existing current standard common basic simple complex ground truth baseline base hybrid analytical pilot
	ratio hazard odds risk relative adjusted confidence interval deviation error median statistical significance p usual care
	introduction background objective purpose conclusion discussion summary`.split(/\s+/),
);

/**
 * Kinds of study, which say how papers gathered their evidence, not what about: beside generic words only they name
 * no subject ("Cohort study" of two studies on round 42's tropical-medicine list, "Clinical data" of two on round 41's
 * liver list, "Observational studies"), though a subject word keeps them ("Clinical trials", "Clinical decision
 * support", "Birth cohort"). Only in a phrase: alone a word of them is no generic word (`isProseWord` of
 * `generic-reasons.ts` asks word by word, and "clinical practice" is a subject there).
 */
const STUDY_KINDS = new Set('clinical cohort observational retrospective prospective cross-sectional longitudinal case-control'.split(' '));

/**
 * Heads that name a facet of their modifier's subject, never a subject: "X aspects" is about X, and "X findings"
 * is what an examination of X found ("Histological findings" on round 42's tropical-medicine list named two
 * papers of unrelated diseases). Plurals are folded below.
 */
const FACETS = new Set(['aspect', 'consideration', 'perspective', 'dimension', 'facet', 'finding']);

/** A word without a plural "s" ("sets" → "set"), leaving "analysis", "process", "class" alone. */
const singular = (word: string) => (/[^su]s$/.test(word) && word.length > 3 ? word.slice(0, -1) : word);

/**
 * Symbols of units of measure, as written (case matters: "mM" is millimolar, "MM" a myeloma). A phrase that opens
 * with one lost the number before it ("min hypoxia" of "30 min hypoxia", "mg dose" of "5 mg dose"): it names a
 * measured dose of something, not a subject, and a full stop dropped between a unit and a capital ("… at 9 min.
 * Hypoxia accelerated …") makes two papers seem to share it. One-letter symbols ("h", "s", "m") are left out:
 * they are also variables and letters of names ("h index", "s wave").
 */
const UNIT_SYMBOLS = new Set(
	'min sec ms µs μs ns hr hrs mg kg µg μg ng pg ml mL µl µL μl μL cm mm µm μm nm km Hz kHz MHz GHz kDa mmol µmol μmol nmol mol mM µM μM nM ppm ppb kPa MPa mmHg mV mA kW kWh'.split(' '),
);

/**
 * What a model reads or writes: "Input sequences", "Input audio", "Output data" name a place in a pipeline
 * whatever follows, not a subject (the tuned set's "Input sequences (2)"). "Input-output analysis" is one word.
 */
const ROLES = new Set(['input', 'inputs', 'output', 'outputs']);

/**
 * Whether every word of a topic name is generic, the name opens with a unit of measure or a model's input or output, or its head names a facet.
 *
 * @example isGenericTopicName('Data sets') // true
 * @example isGenericTopicName('Management aspects') // true
 * @example isGenericTopicName('min hypoxia') // true
 * @example isGenericTopicName('Regression models') // false
 */
export function isGenericTopicName(name: string): boolean {
	const first = name.trim().split(/\s+/, 1)[0]!;
	if (UNIT_SYMBOLS.has(first) || ROLES.has(first.toLowerCase()) || namesFacet(name)) return true;
	const words = name.toLowerCase().split(/\s+/).filter(Boolean);
	const generic = (word: string) => GENERIC.has(word) || GENERIC.has(singular(word));
	// Hyphenated words part by part ("ground-truth"), but a kind of study whole ("cross-sectional").
	const parts = words.flatMap((word) => (STUDY_KINDS.has(word) ? [word] : word.split('-').filter(Boolean)));
	return parts.length > 0 && parts.every((word) => generic(word) || (parts.length > 1 && STUDY_KINDS.has(word))) && parts.some(generic);
}

/**
 * Whether a phrase of two or more words opens with a unit of measure (`UNIT_SYMBOLS`): it lost the number
 * before it ("mg twice daily" of two trials' "100 mg twice daily" and "400 mg twice daily", round 42's
 * leukaemia list), and names a dose or a measure, neither a topic nor a reason two papers are related.
 *
 * @example opensWithUnit('mg twice daily') // true
 * @example opensWithUnit('MM cells') // false
 */
export function opensWithUnit(phrase: string): boolean {
	const words = phrase.trim().split(/\s+/);
	return words.length > 1 && UNIT_SYMBOLS.has(words[0]!);
}

/**
 * Whether a phrase of two or more words ends in a head that names a facet of its modifier's subject
 * ("management aspects"): no topic name, and no reason two papers are related.
 *
 * @example namesFacet('ethical considerations') // true
 * @example namesFacet('aspect ratio') // false
 */
export function namesFacet(phrase: string): boolean {
	const words = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
	return words.length > 1 && FACETS.has(singular(words.at(-1)!));
}
