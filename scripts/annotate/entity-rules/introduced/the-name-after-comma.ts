/**
 * A name given after a comma and "the": "We propose a new simple network architecture, the
 * Transformer, based on …". Only a name no lexicon lists, so "…, the PPO, …" is not taken.
 */
import { hit, type NameRule } from './name-rule.ts';

const THE_NAME = /^[^,.;]{0,80},\s+the\s+([A-Z][a-z]+(?:[A-Z][\w-]*)?),/;

/** "…, the Name," within 80 characters of the verb. */
export const theNameAfterComma: NameRule = {
	name: 'the name after comma',
	scope: 'object',
	find({ text }, { isKnown }) {
		const the = THE_NAME.exec(text);
		return the && !isKnown(the[1]!) ? [hit(the[1]!)] : [];
	},
};
