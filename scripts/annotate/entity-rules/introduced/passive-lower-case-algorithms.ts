/**
 * An algorithm the paper makes, named in lower case and proposed in the passive, as engineering
 * and operations research write: "A branch and bound algorithm to calculate the minimum energy
 * path … is proposed.", "A double-crossover operator genetic algorithm based on an upper bound …
 * is proposed, and …". The sentence opens on "A|An" and the algorithm, and its own verb, however
 * far on, says the algorithm is proposed, developed or designed; the algorithm is the paper's.
 *
 * A bare kind ("A genetic algorithm was developed", a lexicon's name) or a described one ("An
 * efficient algorithm is proposed") names nothing of the paper's; "… was proposed by Holland" and
 * "… was proposed in 1975" tell whose it was. Where the algorithm is a known technique's
 * ("branch and bound"), the technique's bare name said after it is a form of the paper's algorithm.
 */
import { techniqueName } from '../instrument-techniques.ts';
import type { NameHit, NameRule } from './name-rule.ts';

/** "A branch and bound algorithm …": the sentence's opening noun phrase, lower-case words, "and" allowed inside. */
const OPENING = /^An?\s+((?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){1,5}algorithm)\b/;
/** The sentence's own verb: "… is proposed", not followed by who or when proposed it. */
const PROPOSED = /\b(?:is|was|has been)\s+(?:\w+ly\s+)?(?:proposed|developed|designed|devised|presented|introduced)\b(?!\s+(?:by|in|at|for\s+the\s+first)\b)/;
/** A clause of its own before the verb ("A genetic algorithm, which … was proposed") leaves the verb to that clause. */
const RELATIVE = /\b(?:which|that|who|whose|where)\b|[;:]/;

/** Words that describe an algorithm rather than name it ("An efficient algorithm is proposed"). */
const DESCRIBED = /\b(?:new|novel|efficient|improved|simple|fast|robust|effective|modified|hybrid)\b/;

/** Lower-case algorithms a sentence opens on and proposes in the passive, as introduced. */
export const passiveLowerCaseAlgorithms: NameRule = {
	name: 'passive lower-case algorithms',
	scope: 'paper',
	find({ sentences, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		for (const { text } of sentences) {
			const opening = OPENING.exec(text);
			if (!opening) continue;
			const rest = text.slice(opening[0].length);
			const verb = PROPOSED.exec(rest);
			if (!verb || RELATIVE.test(rest.slice(0, verb.index))) continue;
			const name = techniqueName(opening[1]!);
			if (!name || DESCRIBED.test(name) || isKnown(name) || isGeneric(name) || hits.some((h) => h.name === name)) continue;
			// "The lower bound of the branch and bound …": the known technique's bare name, said after, is this algorithm.
			const bare = name.replace(/\s+algorithm$/, '');
			hits.push({ name, forms: isKnown(bare) ? [name, bare] : [name], type: 'algorithm' });
		}
		return hits;
	},
};
