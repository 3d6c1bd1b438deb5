/**
 * Variants of the paper's own system marked by a short capital suffix after a hyphen: "we propose
 * RANK with two variants: RANK-S samples the weights; RANK-G learns them". Authors tell
 * their variants apart so, by a letter or two of what differs; written after a name the paper
 * introduces, each is the paper's too, of its kind, whatever verb the sentence uses. A size
 * ("-7B") is no such suffix: sized checkpoints have their own rules.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import { isCoinedName } from '../coined-name.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/**
 * One to three letters or digits opening with a capital, after a hyphen, ending the token; a dotted version
 * closes it ("FIRM-SD3.5", a variant made on SD3.5, is no "FIRM-SD3").
 */
const SUFFIX = String.raw`-[A-Z][A-Za-z0-9]{0,2}(?:\.\d+)?(?![\w-]|\.\d)`;
/** A size, which names a checkpoint rather than a variant. */
const SIZE = /-\d/;

/** The own names written with a short capital suffix after a hyphen, as introduced variants of the same kind. */
export const letteredVariants: NameRule = {
	name: 'lettered variants',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }, found) {
		const hits: NameHit[] = [];
		for (const own of found) {
			if (own.name.length < 3 || !isCoinedName(own.name) || own.name.includes(' ')) continue;
			const pattern = new RegExp(String.raw`(?<![\w-])${escapeRegExp(own.name)}${SUFFIX}`, 'g');
			for (const m of allMatches(abstract, pattern)) {
				const name = m[0];
				if (SIZE.test(name.slice(own.name.length)) || isKnown(name) || isGeneric(name)) continue;
				if (found.some((h) => h.name === name) || hits.some((h) => h.name === name)) continue;
				hits.push({ name, forms: [name], type: own.type });
			}
		}
		return hits;
	},
};
