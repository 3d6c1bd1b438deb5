/**
 * The name before the colon of the title, "RAMario: Experimental Approach to …", when the
 * abstract mentions it and it is a coined name or several words.
 */
import { titleName } from '../../text/tldr.ts';
import { isCoinedName } from '../coined-name.ts';
import { hit, type NameRule } from './name-rule.ts';

/** The title's "Name:" prefix, if the abstract uses it. */
export const titlePrefix: NameRule = {
	name: 'title prefix',
	scope: 'paper',
	find({ title, abstract }) {
		const name = titleName(title);
		return name && (isCoinedName(name) || name.includes(' ')) && abstract.includes(name) ? [hit(name)] : [];
	},
};
