/**
 * Variants of the paper's own system named in brackets after what they are: "train a 17B
 * diffusion transformer (Base RGM) … and distill it into a streaming generator (Online RGM)",
 * where RGM is the name the paper introduced. A bracketed name of two or three capitalised words,
 * one of them the introduced name (its version aside), names a version the paper built; the noun
 * before the bracket says whether it is a trained network.
 */
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** Two or three capitalised words in brackets ("(Base RGM)", "(RGM Lite)"). */
const BRACKETED = /\(([A-Z][A-Za-z0-9-]*(?:\s+[A-Z][A-Za-z0-9.-]*){1,2})\)/g;
const VERSION = /\s+v?\d+(?:\.\d+)*$/;
/** The noun before the bracket: a trained network ("a streaming generator (Online RGM)"). */
const NETWORK_BEFORE = /\b(?:models?|transformers?|generators?|networks?|encoders?|decoders?|LLMs?|VLMs?|classifiers?|policy|policies)\s*$/i;

/** Bracketed names made of an introduced name and a capitalised word, as introduced. */
export const bracketedOwnVariants: NameRule = {
	name: 'bracketed own variants',
	scope: 'paper',
	find({ abstract, isKnown }, found) {
		const hits: NameHit[] = [];
		if (found.length === 0 || !abstract.includes('(')) return hits;
		const heads = new Set(found.map((h) => h.name.replace(VERSION, '')).filter((name) => name.length >= 2 && !/\s/.test(name)));
		for (const m of allMatches(abstract, BRACKETED)) {
			const name = m[1]!;
			const words = name.split(/\s+/);
			if (!words.some((w) => heads.has(w)) || heads.has(name) || isKnown(name)) continue;
			const network = NETWORK_BEFORE.test(abstract.slice(Math.max(0, m.index - 40), m.index));
			hits.push(hit(name, network ? 'model' : 'method'));
		}
		return hits;
	},
};
