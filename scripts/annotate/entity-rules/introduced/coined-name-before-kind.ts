/**
 * A coined name right after the verb, followed by the kind of thing it is rather than by a comma:
 * "We present Fast_HeapSort algorithm for …", "we introduce TreeMix method and show …".
 * `name-after-verb.ts` waits for a comma, a bracket or a colon after the name; theory and
 * algorithms abstracts often write the kind noun straight after it, without an article.
 *
 * The name must look coined (inner capitals, capitals in a row, or words joined by underscores
 * as code names its procedures), so "We present Gibbs sampler …" is left to the lexicons, and a
 * name the lexicons know is used, not made.
 */
import { isCoinedName } from '../coined-name.ts';
import { hit, type NameRule } from './name-rule.ts';

/** "Name algorithm", "the Name method" as the object's first words (group 1 the name, 2 its kind). */
const NAME_BEFORE_KIND = /^\s+(?:(?:the|a|an|our)\s+)?([A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*)\s+(algorithm|method|procedure|heuristic|framework|scheme)s?\b/;

/** Words joined by underscores with a capital in them, as code names a routine ("Fast_HeapSort"). */
const UNDERSCORED = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;

/** A coined or underscored name with its kind noun, first in the object of a contribution verb. */
export const coinedNameBeforeKind: Extract<NameRule, { scope: 'object' }> = {
	name: 'coined name before kind',
	scope: 'object',
	find({ text }, { isKnown, isGeneric }) {
		const [, name, kind] = NAME_BEFORE_KIND.exec(text) ?? [];
		if (!name || isKnown(name) || isGeneric(name)) return [];
		const coined = isCoinedName(name) || (UNDERSCORED.test(name) && /[A-Z]/.test(name));
		// The noun says what it is: an algorithm or a heuristic is typed so, as the lexicons type theirs.
		return coined ? [hit(name, kind === 'algorithm' || kind === 'heuristic' ? 'algorithm' : 'method')] : [];
	},
};
