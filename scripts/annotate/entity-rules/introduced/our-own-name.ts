/**
 * A name the authors call their own: "built on HexMemory, our proposed low-rank representation",
 * "trained with our novel DiffPack", "on our new benchmark WebSight-Test". "our" with "proposed", "new", "novel" or "own" says whose it
 * is, wherever in the abstract it stands, so it is not limited to a contribution verb's object.
 */
import { isCoinedName } from '../coined-name.ts';
import { OUR } from '../../text/first-person.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';

const NAME = String.raw`[A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\+{0,2}`;
const OWN = String.raw`${OUR}\s+(?:(?:newly\s+)?proposed|new|novel|own)`;
// "our new benchmark WebSight-Test": the kind may stand between, and a benchmark is a dataset.
const KIND = String.raw`(?:(benchmark|dataset|corpus|method|model|framework|approach|system|architecture|algorithm)\s+)?`;
/** "Name, our proposed …" (the name before) or "our proposed [kind] Name" (the name after). */
const OUR_OWN = new RegExp(String.raw`(?<![A-Za-z0-9-])(${NAME}),\s+${OWN}\b|\b${OWN}\s+${KIND}(${NAME})(?![A-Za-z0-9-])`, 'g');

// What both forms of `OUR_OWN` say: without it the pattern, tried at every word, finds nothing.
const OWN_SAID = new RegExp(OWN);

/** "Name, our proposed …" and "our proposed Name", for a coined name no lexicon lists. */
export const ourOwnName: NameRule = {
	name: 'our own name',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		if (!OWN_SAID.test(abstract)) return hits;
		for (const m of abstract.matchAll(OUR_OWN)) {
			const token = (m[1] ?? m[3])!;
			const type = /^(?:benchmark|dataset|corpus)$/.test(m[2] ?? '') ? 'dataset' : 'method';
			if (isCoinedName(token) && !isKnown(token) && !isGeneric(token)) hits.push(hit(token, type));
		}
		return hits;
	},
};
