/**
 * A long name and its short alias joined by "or": "We introduce Contrastive Policy Gradient,
 * or CoPG, …". The alias names the entity; the long name is one of its forms.
 */
import { isCoinedName } from '../coined-name.ts';
import type { NameRule } from './name-rule.ts';

const OR_ALIAS = /^\s+((?:[A-Z][\w-]*\s+){1,5}?[A-Z][\w-]*),\s+or\s+([A-Za-z][\w-]*)/;

/** "Capitalised Long Name, or ALIAS" right after the verb. */
export const orAlias: NameRule = {
	name: 'or alias',
	scope: 'object',
	find({ text }) {
		const or = OR_ALIAS.exec(text);
		return or && isCoinedName(or[2]!) ? [{ name: or[2]!, forms: [or[2]!, or[1]!], type: 'method' }] : [];
	},
};
