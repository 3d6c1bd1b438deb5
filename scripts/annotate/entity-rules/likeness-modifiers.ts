/**
 * A name written only before "-style" or "-like" is a likeness, not a work the paper uses: "a
 * BERT-style encoder" is an encoder built as BERT is, "GPT-like decoders" decoders shaped as GPT's.
 * The paper names the kind of architecture, and no page of the model fits it. A name the text also
 * writes on its own ("we fine-tune BERT") is kept. A name a rule took with its suffix ("LTA-type" of
 * "LTA-type nanozeolite", a zeolite of the LTA framework's type) is such a likeness too.
 */
import type { NameFilter } from './entity-rule.ts';

/** The likeness suffix right after a name. */
const LIKENESS_AFTER = /^-(?:style|like)\b/i;

/** A name that ends in the likeness suffix itself ("LTA-type", "GPT-like"). */
const LIKENESS_NAME = /^\S+-(?:style|like|type)$/i;

/**
 * Whether every place `text` writes `name` (not inside a longer word) is before "-style" or "-like".
 *
 * @example onlyLikeness('BERT', 'a BERT-style encoder') // true
 * @example onlyLikeness('BERT', 'a BERT-style encoder, then BERT itself') // false
 */
export function onlyLikeness(name: string, text: string): boolean {
	let likeness = 0;
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
		if (/[\w-]/.test(text[at - 1] ?? '')) continue;
		const after = text.slice(at + name.length, at + name.length + 8);
		if (/^\w/.test(after)) continue;
		if (!LIKENESS_AFTER.test(after)) return false;
		likeness += 1;
	}
	return likeness > 0;
}

/** Drops a name the text writes only as a likeness ("BERT-style"), or whose suffix says it is one ("LTA-type"). */
export const likenessModifiers: NameFilter = {
	name: 'likeness modifiers',
	rejects: ({ name }, { abstract }) => LIKENESS_NAME.test(name) || onlyLikeness(name, abstract),
};
