/**
 * A new name in apposition, first mentioned in a sentence whose subject is the authors:
 * "We adapt … with MedPrompt, a lightweight adapter …". Not a baseline described as
 * popular, existing or standard, and not a name a lexicon lists. A benchmark or dataset in
 * apposition ("… alongside FooBench, a rigorously curated benchmark …") is the paper's data only in a
 * sentence with a verb of making it (introduce, release, construct, …): "we evaluate on FooQA, a
 * benchmark of …" names others' data.
 */
import { isCoinedName } from '../coined-name.ts';
import { wordStartScan } from '../word-start-scan.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

const OWN_APPOSITION = /(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\+{0,2}),\s+an?\s+(?:[\w-]+\s+){0,4}?(?:method|approach|framework|algorithm|model|system|architecture|module|adapter|technique|procedure|pipeline|agent|detector|network|paradigm|tracker|planner|benchmark|dataset|corpus|suite|testbed)\b/g;
const ownAppositionIn = wordStartScan(OWN_APPOSITION);
/** A kind of data in the apposition, which makes the name a dataset. */
const DATA_KIND = /(?:benchmark|dataset|corpus|suite|testbed)$/;
/** A verb of making data, which the sentence must have for data in apposition to be its own. */
const MAKES = /\b(?:introduce|introduces|present|presents|propose|proposes|release|releases|construct|constructs|build|builds|create|creates|curate|curates|collect|collects|develop|develops|contribute|contributes)\b/;
const USED_ADJECTIVE = /\b(?:popular|existing|standard|classic|classical|prior|previous|well-known|common|baseline|state-of-the-art|recent|strong|widely)\b/i;

/**
 * A name of two or three capitalised words right after a verb of making, in apposition to a kind:
 * "we introduce Scale Folding, a preconditioning technique that …", "we propose Mutual Forcing, a
 * framework …". Plain words are a name only so placed: the verb says the authors made it, the
 * capitals and the apposition that it is named.
 */
const TITLE_CASE_APPOSITION =
	/\b(?:introduce|introduces|present|presents|propose|proposes|develop|develops)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}),\s+an?\s+(?:[\w-]+\s+){0,4}?(?:method|approach|framework|algorithm|model|system|architecture|module|adapter|technique|procedure|pipeline|agent|detector|network|paradigm|tracker|planner)\b/g;

/** "Name, a … method / system / adapter …" at the name's first mention in the abstract. */
export const ownApposition: NameRule = {
	name: 'own apposition',
	scope: 'sentence',
	find(sentence, { abstract, isKnown }) {
		const hits: NameHit[] = [];
		for (const m of allMatches(sentence.text, ownAppositionIn(sentence.text))) {
			const token = m[1]!;
			if (!isCoinedName(token) || isKnown(token) || USED_ADJECTIVE.test(m[0])) continue;
			const data = DATA_KIND.test(m[0]);
			if (data && !MAKES.test(sentence.text)) continue;
			if (abstract.indexOf(token) === sentence.start + m.index) hits.push(hit(token, data ? 'dataset' : 'method'));
		}
		for (const m of allMatches(sentence.text, TITLE_CASE_APPOSITION)) {
			const name = m[1]!;
			if (!isKnown(name) && !USED_ADJECTIVE.test(m[0])) hits.push(hit(name, 'method'));
		}
		return hits;
	},
};
