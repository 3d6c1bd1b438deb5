/**
 * A name in lower case the authors introduce and describe in apposition: "we develop the
 * medical deconfounder, a machine learning algorithm that …". The words between "the" and
 * the comma name the contribution, though no capital letter marks them; one word alone
 * ("the model, a …") is too common to be a name, so two to four are needed.
 */
import { hit, type NameRule } from './name-rule.ts';

const DESCRIBED =
	/^\s+(?:the|a)\s+((?:[a-z][a-z-]+\s+){1,3}[a-z][a-z-]+),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:algorithm|method|framework|approach|technique|procedure|estimator|tool|scale|instrument)\b/;

// "the following approach, a simple method", "a novel framework, the first …": words that describe, not name.
const DESCRIPTION = /^(?:following|first|same|above|new|novel|proposed|resulting|present|overall|whole|main|simple)\b|\s(?:approach|method|model|framework|algorithm|system|technique|tool)$/;

/** "we develop the X Y, a … algorithm": X Y. */
export const describedOwnName: NameRule = {
	name: 'described own name',
	scope: 'object',
	find({ text }, { isKnown, isGeneric }) {
		const name = DESCRIBED.exec(text)?.[1];
		if (!name || DESCRIPTION.test(name) || isKnown(name) || isGeneric(name)) return [];
		return [hit(name)];
	},
};
