/**
 * A new name in apposition, first mentioned in a sentence whose subject is the authors:
 * "We adapt … with MedPrompt, a lightweight adapter …". Not a baseline described as
 * popular, existing or standard, and not a name a lexicon lists.
 */
import { isCoinedName } from '../coined-name.ts';
import { wordStartScan } from '../word-start-scan.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';

const OWN_APPOSITION = /(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\+{0,2}),\s+an?\s+(?:[\w-]+\s+){0,4}?(?:method|approach|framework|algorithm|model|system|architecture|module|adapter|technique|procedure|pipeline|agent|detector|network|paradigm|tracker|planner)\b/g;
const ownAppositionIn = wordStartScan(OWN_APPOSITION);
const USED_ADJECTIVE = /\b(?:popular|existing|standard|classic|classical|prior|previous|well-known|common|baseline|state-of-the-art|recent|strong|widely)\b/i;

/** "Name, a … method / system / adapter …" at the name's first mention in the abstract. */
export const ownApposition: NameRule = {
	name: 'own apposition',
	scope: 'sentence',
	find(sentence, { abstract, isKnown }) {
		const hits: NameHit[] = [];
		for (const m of sentence.text.matchAll(ownAppositionIn(sentence.text))) {
			const token = m[1]!;
			if (!isCoinedName(token) || isKnown(token) || USED_ADJECTIVE.test(m[0])) continue;
			if (abstract.indexOf(token) === sentence.start + m.index) hits.push(hit(token));
		}
		return hits;
	},
};
