/**
 * A part the paper's own system brings, named in a sentence that opens "By introducing …" and whose
 * subject is that system or the authors: "By introducing a Sparse 3D VQ-VAE, SIMART reduces token
 * counts by 70%". The means clause names what was added, and the main clause says whose it is;
 * with another subject ("By introducing attention, Transformers …") it is background, and is left.
 * The name is the run of capitalised words, digits and coined tokens the clause ends with.
 */
import { OUR, WE } from '../../text/first-person.ts';
import type { NameHit, NameRule } from './name-rule.ts';

/** "By introducing a Sparse 3D VQ-VAE, SIMART …": the added thing's words, then the main clause's first word. */
const BY_INTRODUCING = /^By\s+(?:introducing|proposing|designing|incorporating|adding|devising)\s+(?:an?\s+|the\s+)?((?:[A-Z0-9][\w-]*\s+){0,3}[A-Z0-9][\w-]*),\s+([\w-]+)/;
const AUTHORS = new RegExp(String.raw`^(?:${WE}|${OUR})$`, 'i');

/** What "By introducing …," names, when the main clause's subject is the paper's own name or the authors. */
export const byIntroducing: NameRule = {
	name: 'by introducing',
	scope: 'paper',
	find({ sentences, isKnown, isGeneric }, found) {
		const own = new Set(found.map((h) => h.name));
		const hits: NameHit[] = [];
		for (const sentence of sentences) {
			const m = BY_INTRODUCING.exec(sentence.text);
			if (!m || !(own.has(m[2]!) || AUTHORS.test(m[2]!))) continue;
			const name = m[1]!;
			// One plain word ("By introducing Attention,") is no coined name; several words or a coined token are.
			if (!/\s/.test(name) && !/[A-Z].*[A-Z0-9]|\d/.test(name)) continue;
			if (!isKnown(name) && !isGeneric(name)) hits.push({ name, forms: [name], type: 'method' });
		}
		return hits;
	},
};
