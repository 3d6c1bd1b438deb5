/**
 * A name the authors call their own: "built on HexMemory, our proposed low-rank representation",
 * "trained with our novel DiffPack", "on our new benchmark WebSight-Test". "our" with "proposed", "new", "novel" or "own" says whose it
 * is, wherever in the abstract it stands, so it is not limited to a contribution verb's object.
 *
 * "our" alone says it too when a noun of a kind of work follows the name: "Our GeoStore
 * resource is …", "our Flux-7B model outperforms …" (a coined name the authors qualify as
 * theirs; a known or generic one, "our BERT model", is theirs only as a copy). And "the
 * introduced" or "the proposed" before a name points back at the paper's own contribution
 * ("on the introduced TallyBench"), as "our proposed" does; and a capitalised name in apposition
 * to "our (resulting) model" is the model the authors made ("our resulting model, Metis, …"), and
 * a coined name after "our developed system" (or designed, built) is theirs, a LaTeX superscript
 * left in it as the listing wrote it ("our developed agent K^{2}-Scout"), and so is one after "our" and
 * the kind alone ("our reinforcement learning framework MemexRL"), and one the authors say they call
 * their kind ("our framework, which we call DELTA+,"), and a coined name with its size after "our" is
 * the checkpoint they trained ("Our ExeVRM 8B achieves …"), and a coined name in apposition to any kind
 * the authors call their proposed one ("Our proposed 3D tracker, AnchorTAP3D, produces …").
 * Capitalised words between "the proposed" or "our new" and a noun of data ("the proposed Semantic
 * Shuffle benchmark") name the benchmark the authors made, plain words as they are: no lexicon
 * name is built on so, and a benchmark is not "built on" another's name as a classifier is.
 * Two capitalised words or more between "our novel" or "the proposed" and a noun of a kind of
 * technique ("our novel Dual-Track GRPO strategy") name the technique the authors made, a variant
 * of a known one as often as not; one known name alone there ("our new Transformer architecture")
 * is what they built on.
 */
import { isCoinedName } from '../coined-name.ts';
import { OUR } from '../../text/first-person.ts';
import { wordStartScan } from '../word-start-scan.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

const NAME = String.raw`[A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\+{0,2}`;
const OWN = String.raw`(?:${OUR}\s+(?:(?:newly\s+)?proposed|new|novel|own)|\b[Tt]he\s+(?:newly\s+)?(?:introduced|proposed))`;
// "our new benchmark WebSight-Test": the kind may stand between, and a benchmark is a dataset.
const KIND = String.raw`(?:(benchmark|dataset|corpus|method|model|framework|approach|system|architecture|algorithm)\s+)?`;
// Nouns of a kind of work after "our Name": what the authors made, named and then classed.
const KIND_AFTER = String.raw`(resource|database|knowledge-?base|atlas|benchmark|dataset|corpus|model|framework|system|architecture|algorithm|method|tool|toolkit|package|library|software|pipeline|platform)`;
/** "Name, our proposed …" (the name before), "our proposed [kind] Name" (the name after), or "our Name kind". */
const OUR_OWN = new RegExp(
	String.raw`(?<![A-Za-z0-9-])(${NAME}),\s+${OWN}\b|${OWN}\s+${KIND}(${NAME})(?![A-Za-z0-9-])|\b${OUR}\s+(${NAME})\s+${KIND_AFTER}\b`,
	'gi',
);
const ourOwnIn = wordStartScan(OUR_OWN);
// "our resulting model, Metis, reduces …": a capitalised word in apposition to what the authors
// made names it, coined or not (the kind noun and "our" tell it from an ordinary word).
const OUR_KIND_NAMED = new RegExp(String.raw`\b${OUR}\s+(?:(?:resulting|final|trained|released)\s+)?(model|agent|system|framework|method|dataset|benchmark),\s+([A-Z][A-Za-z0-9-]*[A-Za-z0-9])(?=\s*[,(]|\s+(?:is|was|reduces|achieves|outperforms|improves)\b)`, 'gi');
// "our framework, which we call DELTA+, will enable …": the authors name what they made with a verb of
// naming, a capitalised name (a version's "+" kept) after it.
const OUR_KIND_WE_CALL = new RegExp(String.raw`\b${OUR}\s+(?:[\w-]+\s+){0,2}?(model|agent|system|framework|method|platform|tool|pipeline|dataset|benchmark),?\s+(?:which|that)\s+we\s+(?:call|name|term|dub)\s+([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*\+{0,2})(?=\s*[,.;:()]|\s)`, 'gi');
// "Our ExeVRM 8B achieves …": "our" before a coined name and its size is the checkpoint the authors trained.
const OUR_SIZED = new RegExp(String.raw`\b${OUR}\s+(${NAME})\s+\d+(?:\.\d+)?[BMK]\b`, 'gi');

// What the forms of `OUR_OWN` say: without it the pattern, tried at every word, finds nothing.
const OWN_SAID = new RegExp(String.raw`${OWN}|\b${OUR}\s`, 'i');
// A noun of a made thing right after "the proposed Name": the name modifies it.
const KIND_NEXT = /^\s+(?:classifiers?|models?|methods?|networks?|algorithms?|frameworks?|approach(?:es)?|architectures?|systems?|pipelines?|detectors?|encoders?|regressors?|modules?|estimators?)\b/;
const DATA_KIND = /^(?:benchmark|dataset|corpus|resource|database|knowledge-?base|atlas)$/i;
/** A preposition opening a sentence, an adverb allowed before it, right before the name: "In X, the proposed …", "Meanwhile, in X, …". */
const CLAUSE_OPENING_PHRASE = /(?:^|[.;:]\s+)(?:(?:In|For|Under|Within|With)|[A-Z][a-z]+,\s+(?:in|for|under|within|with))\s+$/;

// "the proposed Semantic Shuffle benchmark", "our new Visual Riddles dataset": capitalised words, then a noun of data.
const OWN_DATA_NAMED = new RegExp(String.raw`${OWN}\s+((?:[A-Z][\w*-]*\s+){0,2}[A-Z][\w*-]*)\s+(?:benchmark|dataset|corpus)\b`, 'g');

// "our novel Dual-Track GRPO strategy": two capitalised words or more, then a noun of a kind of technique.
const OWN_TECHNIQUE_NAMED = new RegExp(String.raw`${OWN}\s+((?:[A-Z][\w*-]*\s+){1,2}[A-Z][\w*-]*)\s+(?:strategy|method|algorithm|approach|technique|mechanism|objective|scheme)\b`, 'g');

// "our developed multi-agent system K^{2}-Scout": a kind after "our developed|designed|built", then a
// coined name, which may carry a LaTeX superscript the listing did not render.
// Without such a participle, a coined name right after "our … framework" is the authors' too ("with our reinforcement
// learning framework MemexRL"): "our" owns the kind, and the name in apposition names it; a known name there
// ("our base model Qwen2.5-7B") is what they start from, which `isKnown` tells.
const OUR_DEVELOPED_KIND = new RegExp(String.raw`\b${OUR}\s+(?:(?:developed|designed|built)\s+)?(?:[\w-]+\s+){0,2}?(?:system|agent|framework|model|method|pipeline|tool|platform)\s+([A-Z][A-Za-z0-9]*(?:\^\{\w+\})?(?:-[A-Za-z0-9]+(?:\^\{\w+\})?)*)(?![\w^{}-])`, 'gi');
const SUPERSCRIPT = /\^\{(\w+)\}/g;

// "Our proposed 3D tracker, AnchorTAP3D, produces …": a coined name in apposition to a kind the authors
// call their proposed, new or novel one, whatever the kind's noun ("tracker", "renderer", "scheduler").
const OWN_KIND_APPOSED = new RegExp(String.raw`${OWN}\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*,\s+(${NAME})(?=\s*[,(])`, 'gi');

/** "Name, our proposed …", "our proposed Name", "the introduced Name" and "our Name kind", for a coined name no lexicon lists. */
export const ourOwnName: NameRule = {
	name: 'our own name',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		if (!OWN_SAID.test(abstract)) return hits;
		for (const m of allMatches(abstract, ourOwnIn(abstract))) {
			const token = (m[1] ?? m[3] ?? m[4])!;
			// "the proposed CatBoost classifier": the name before a kind noun is what the proposed one is built on.
			if (m[3] && /^the\b/i.test(m[0]) && KIND_NEXT.test(abstract.slice(m.index + m[0].length))) continue;
			// "Meanwhile, in DEA-R, the proposed models are linear": a name in a phrase opening the clause is
			// where the proposed thing is set, not a name in apposition to it.
			if (m[1] && /,\s+the\b/i.test(m[0]) && CLAUSE_OPENING_PHRASE.test(abstract.slice(Math.max(0, abstract.lastIndexOf('.', m.index) - 1), m.index))) continue;
			const type = DATA_KIND.test(m[2] ?? m[5] ?? '') ? 'dataset' : 'method';
			if (isCoinedName(token) && !isKnown(token) && !isGeneric(token)) hits.push(hit(token, type));
		}
		for (const m of allMatches(abstract, OWN_DATA_NAMED)) {
			const name = m[1]!;
			if (!isKnown(name) && !isGeneric(name) && !hits.some((h) => h.name === name)) hits.push(hit(name, 'dataset'));
		}
		for (const m of allMatches(abstract, OWN_TECHNIQUE_NAMED)) {
			const name = m[1]!;
			if (!isKnown(name) && !isGeneric(name) && !hits.some((h) => h.name === name)) hits.push(hit(name, 'method'));
		}
		for (const m of allMatches(abstract, OUR_DEVELOPED_KIND)) {
			const token = m[1]!;
			if (isCoinedName(token.replace(SUPERSCRIPT, '$1')) && !isKnown(token) && !isGeneric(token) && !hits.some((h) => h.name === token)) hits.push(hit(token));
		}
		for (const m of allMatches(abstract, OUR_SIZED)) {
			const token = m[1]!;
			// A count of parameters is a trained model's.
			if (isCoinedName(token) && !isKnown(token) && !isGeneric(token) && !hits.some((h) => h.name === token)) hits.push(hit(token, 'model'));
		}
		for (const m of allMatches(abstract, OUR_KIND_WE_CALL)) {
			const token = m[2]!;
			if (/^[A-Z]/.test(token) && !isKnown(token) && !isGeneric(token) && !hits.some((h) => h.name === token)) hits.push(hit(token, DATA_KIND.test(m[1]!) ? 'dataset' : 'method'));
		}
		for (const m of allMatches(abstract, OWN_KIND_APPOSED)) {
			const token = m[1]!;
			if (isCoinedName(token) && !isKnown(token) && !isGeneric(token) && !hits.some((h) => h.name === token)) hits.push(hit(token));
		}
		for (const m of allMatches(abstract, OUR_KIND_NAMED)) {
			const token = m[2]!;
			if (/^[A-Z]/.test(token) && !isKnown(token) && !isGeneric(token)) hits.push(hit(token, DATA_KIND.test(m[1]!) ? 'dataset' : 'method'));
		}
		return hits;
	},
};
