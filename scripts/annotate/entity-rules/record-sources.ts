/**
 * A proper name as the source of the records a paper works with: "finer resolution Landsat
 * imagery", "dense time-series of Landsat data", "96 Landsat 8 scenes", "Landsat TM/ETM+
 * images", as missions, telescopes, platforms and registries are named in every field that
 * works with their records ("Kepler data", "Gaia observations", "Twitter data"). One plain
 * capitalised word is no name for the cue-noun rules unless it names software, since "French
 * data" names a language; the nouns here (data, imagery, images, scenes, observations) are the
 * records themselves, and a word capitalised where no sentence begins, which is no adjective of a
 * people, no language, place, pathogen or label of a study's parts ("Phase 2 data"), names their
 * source. A mission's version ("Landsat 8") and its sensor ("Landsat TM/ETM+") belong to the name.
 *
 * Versioned tokens ("CMIP5 simulations") are `versioned-data-products.ts`'s, title-case names of
 * several words ("the Medicare Hospital Compare data") `named-data-sources.ts`'s.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { isProgrammingLanguage } from './name-shapes.ts';
import { namesPlace } from './place-names.ts';
import { allMatches } from '../all-matches.ts';

/** A plain capitalised word, a version, sensor acronyms, then a noun of records. */
const SOURCE = /\b([A-Z][a-z]{2,})((?:\s\d{1,2})?)((?:\s[A-Z][A-Z\d/+]*)?)\s+(?:satellite\s+)?(?:data|imagery|images|scenes|observations|time[- ]series)\b/g;
/** What stands before the word: a lower-case word or a number (no sentence start, no longer capitalised name), or a bracket. */
const LOWER_BEFORE = /(?:(?:^|[\s(])[a-z\d][\w-]*[,;]?\s|\()$/;
/**
 * An adjective of a people, a language or a school, a pathogen, labels of a study's parts or of a document's,
 * and a determiner opening a sentence whose full stop the export lost ("… with two species This data base will
 * be helpful"): it points at the records, it names none.
 */
const NO_SOURCE = /(?:ian|ean|ish|ese|ic|al)$|^(?:This|These|That|Those|Such|Our|Their|Its|Each|Every|Both|All|Some|Any|Other|Further|More|Most|Many|Several|The|French|German|Dutch|Greek|Thai|Swiss|Czech|Basque|Arab|Covid|Ebola|Zika|Figure|Table|Phase|Study|Experiment|Wave|Year|Day|Week|Month|Group|Session|Trial|Stage|Section|Level|Round|Part|Step|Test|Training|Validation|Supplementary|Additional|Open|Raw|Real|New)$/;

/** Proper names of the sources of data, imagery and scenes, as datasets the paper uses. */
export const recordSources: EntityRule = {
	name: 'record sources',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found = new Map<string, FoundName>();
		for (const m of allMatches(abstract, SOURCE)) {
			const [, word, version, sensor] = m as unknown as [string, string, string, string];
			if (!LOWER_BEFORE.test(abstract.slice(Math.max(0, m.index - 24), m.index)) || NO_SOURCE.test(word) || isProgrammingLanguage(word) || namesPlace([word]) || inUrl(m.index)) continue;
			const key = `${word}${version}`;
			const name = `${key}${sensor}`;
			if (isGeneric(word) || isKnown(word) || isKnown(name)) continue;
			// One entity for a mission and its version; a first sensor-qualified mention names it best.
			const same = found.get(key);
			if (!same) found.set(key, { type: 'dataset', name, role: 'used', forms: name === key ? [] : [key], statedType: true });
			else if (!same.forms.includes(name) && name !== same.name) same.forms.push(name);
		}
		// A mission written bare and with a version is the versioned name's: "Landsat scenes" beside "Landsat 8 scenes".
		const keys = [...found.keys()];
		for (const key of keys) if (!/\d$/.test(key) && keys.some((other) => other.startsWith(`${key} `))) found.delete(key);
		return [...found.values()];
	},
};
