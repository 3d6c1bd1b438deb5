/**
 * A topic name made only of the words every field uses — "Data sets", "Hierarchical structure",
 * "Results", "Model performance", "Ground truth", "Hybrid approach", "Pilot study", the statistics a
 * study reports ("Hazard ratio", "Confidence intervals"), its comparator ("Usual care"), a structured
 * abstract's headings ("Introduction") and the work naming itself (a law review's "This Article") —
 * says nothing of what its papers are about: two papers on
 * treatment effects and one on farmer training all "use data sets". Such a phrase never names a
 * derived topic (`topic-phrase-ranking.ts`); a phrase with one word of a subject does
 * ("Regression models", "Language models", "Data cubes").
 */

/** Nouns and modifiers of research prose that name no subject, in any field; plurals are folded below. */
const GENERIC = new Set(
	`data dataset set structure hierarchical model method approach framework system analysis analyses problem result information process
	task technique feature level type number value parameter property properties effect impact factor case application tool solution
	quality performance accuracy efficiency time design evaluation function variable sample measure measurement outcome group component
	aspect issue challenge scale size range rate step stage field area domain study studies work research paper experiment simulation
	article chapter essay thesis manuscript
	large small high low new novel general multiple various different key main total overall specific several single first important
	proposed existing current standard common basic simple complex ground truth baseline base hybrid analytical pilot
	ratio hazard odds risk relative adjusted confidence interval deviation error median statistical significance p usual care
	introduction background objective purpose conclusion discussion summary`.split(/\s+/),
);

/** A word without a plural "s" ("sets" → "set"), leaving "analysis", "process", "class" alone. */
const singular = (word: string) => (/[^su]s$/.test(word) && word.length > 3 ? word.slice(0, -1) : word);

/**
 * Whether every word of a topic name is generic.
 *
 * @example isGenericTopicName('Data sets') // true
 * @example isGenericTopicName('Regression models') // false
 */
export function isGenericTopicName(name: string): boolean {
	const words = name.toLowerCase().split(/[\s-]+/).filter(Boolean);
	return words.length > 0 && words.every((word) => GENERIC.has(word) || GENERIC.has(singular(word)));
}
