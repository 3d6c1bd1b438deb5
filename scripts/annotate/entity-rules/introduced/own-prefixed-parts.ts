/**
 * A part named after the paper's own system: "the FooLab Model Exchange Format", "the FooLab
 * Query Language" in a paper that introduces FooLab. A system's makers name its format, language
 * or toolkit by its name and the kind of part, so a title-case name that opens with an introduced
 * coined name and ends in a capitalised noun of kind (`cue-nouns.ts`) is the paper's as well, though no
 * contribution verb governs it ("Section 4 describes … the FooLab Model Exchange Format").
 */
import { isCoinedName } from '../coined-name.ts';
import { kindOfCue } from '../cue-nouns.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';

/** Capitalised words after the system's name, up to four. */
const TITLED_TAIL = /^((?:\s+[A-Z][\w-]*){1,4})/;

/** Title-case names that open with a coined name the paper introduces and end in a noun of kind. */
export const ownPrefixedParts: NameRule = {
	name: 'own prefixed parts',
	scope: 'paper',
	find({ abstract, isGeneric, isKnown }, found) {
		const hits: NameHit[] = [];
		for (const own of new Set(found.map((h) => h.name).filter((name) => isCoinedName(name) && !name.includes(' ')))) {
			for (let at = abstract.indexOf(own); at >= 0; at = abstract.indexOf(own, at + own.length)) {
				if (/[\w-]/.test(abstract[at - 1] ?? '')) continue;
				const tail = TITLED_TAIL.exec(abstract.slice(at + own.length))?.[1];
				const kind = tail && kindOfCue(tail.trim().split(/\s+/).at(-1)!);
				const name = `${own}${tail ?? ''}`;
				if (!kind || isGeneric(name) || isKnown(name) || hits.some((h) => h.name === name)) continue;
				hits.push(hit(name, kind));
			}
		}
		return hits;
	},
};
