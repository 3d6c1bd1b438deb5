/**
 * A technique the paper makes and names in lower case, as the life and earth sciences name theirs:
 * "Here, we present a new point-to-point bite model and show …", "The models included a new
 * "log-quadratic" model, and … The new log-quadratic model was robust". No capital or acronym marks
 * such a name, so two wordings are read:
 *
 * - the authors present, propose, develop or introduce "a new" or "a novel" phrase ending in a
 *   technique's head noun, the phrase is specific once its qualifiers are off (the test the
 *   used-technique rule applies: "a new language model" or "a novel deep learning method" is a
 *   kind, and names nothing), and a hyphenated compound in it is shaped as a coinage
 *   ("point-to-point", "snow-line"): "a novel driver behavior model" describes what the paper's
 *   model is of, and the paper names it otherwise;
 * - "a new" or "our novel" thing in quotes before such a head noun: quotes mark a coinage, wherever
 *   the sentence stands.
 */
import { techniqueName } from '../instrument-techniques.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

const HEAD = String.raw`(?:model|method|algorithm|estimator|index|approach)`;
/** "we present a new point-to-point bite model": the authors, a verb of making, "a new", the phrase. */
const PRESENTED_NEW = new RegExp(
	String.raw`\b(?:[Ww]e|[Tt]his (?:paper|study|work|article))\s+(?:here\s+)?(?:present|propose|develop|introduce|derive|describe)s?\s+(?:here\s+)?an?\s+((?:new|novel)\s+(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){1,3}${HEAD})\b(?!-)`,
	'g',
);
/** 'a new "log-quadratic" model': a coinage in straight or curly quotes before a head noun. */
const QUOTED_NEW = new RegExp(String.raw`\b(?:an?|our)\s+(?:new|novel)\s+(["“])([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})["”]\s+(${HEAD})\b`, 'g');

const typeOf = (name: string): NameHit['type'] => (/\bmodel$/.test(name) ? 'model' : 'method');

/** Lower-case techniques the authors present as new, or coin in quotes, as introduced. */
export const newLowerCaseTechniques: NameRule = {
	name: 'new lower-case techniques',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		// Most abstracts present nothing as "a new" or "a novel" lower-case thing: one plain scan spares them the patterns.
		if (!/\b(?:new|novel)\s/.test(abstract)) return hits;
		for (const m of allMatches(abstract, PRESENTED_NEW)) {
			const name = techniqueName(m[1]!);
			if (name && /[a-z0-9]-[a-z0-9]/.test(name) && !isKnown(name) && !isGeneric(name)) hits.push({ name, forms: [name], type: typeOf(name) });
		}
		for (const m of allMatches(abstract, QUOTED_NEW)) {
			const name = `${m[2]} ${m[3]}`;
			const quoted = `${m[1]}${m[2]}${m[1] === '"' ? '"' : '”'} ${m[3]}`;
			// The quoted mention is a form only when the abstract never writes the name plainly: a span with quotes shows them.
			const forms = abstract.includes(name) ? [name] : [name, quoted];
			if (!isKnown(name) && !isGeneric(name) && !hits.some((h) => h.name === name)) hits.push({ name, forms, type: typeOf(name) });
		}
		return hits;
	},
};
