/**
 * A technique the paper brings in the passive, then names in the next sentence's subject: "A
 * new technique for statistically downscaling … is introduced and demonstrated … The localized
 * constructed analogs (LOCA) method produces …". The passive sentence names nothing itself, so
 * the name that opens the next sentence, before a technique's head noun, is the one it brought.
 */
import { contributesPassively } from '../../text/passive-contribution.ts';
import type { NameHit, NameRule } from './name-rule.ts';

// "The localized constructed analogs (LOCA) method", "The LOCA method", "This XYZ approach".
const NAMED_SUBJECT = /^(?:The|This|Our)\s+(?:[a-z][\w-]*\s+){0,5}?(?:\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)|([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*))\s+(?:method|technique|algorithm|approach|scheme|framework|model)\b/;
// The passive sentence has no name of its own: no bracketed acronym, no coined capitals.
const HAS_NAME = /\([A-Z][A-Za-z0-9-]*\)|\b[A-Z][a-z]*[A-Z]/;

/** The name that opens the sentence after a passive "A new technique … is introduced". */
export const namedAfterPassive: NameRule = {
	name: 'named after passive',
	scope: 'paper',
	find({ sentences, isGeneric, isKnown }) {
		const hits: NameHit[] = [];
		sentences.forEach((sentence, i) => {
			const next = sentences[i + 1];
			if (!next || !contributesPassively(sentence.text) || HAS_NAME.test(sentence.text)) return;
			const match = NAMED_SUBJECT.exec(next.text);
			const name = match?.[1] ?? match?.[2];
			if (name && !isGeneric(name) && !isKnown(name)) hits.push({ name, forms: [name], type: 'method' });
		});
		return hits;
	},
};
