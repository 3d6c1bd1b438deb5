/**
 * Parts released with the paper's own system under its version number: "We introduce Kestrel
 * 3.0 … a) Mapping with Heron 3.0, b) Routing with Osprey 3.0". A framework and the components it
 * ships are versioned together, so a name written with the very version of a name the paper
 * introduces is the paper's too, a part of the same release. The version must be a decimal
 * ("3.0", "v2.1") or "v" and a number, written after a space or a hyphen, so that a size or a year
 * ("-7B", "2024") is no version; the stem is a capitalised or coined word ("Heron", "HY-Pano").
 * A part the rules already found bare ("we upgrade Osprey") gains the versioned form; another is
 * named with its version, its bare stem a form of it. Earlier versions are `prior-versions.ts`'s.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** A version at the end of a name: " 3.0", "-2.5", " v2", " V1.1". */
const VERSION = /(?<sep>[\s-])(?<version>[vV]?\d+\.\d+|[vV]\d+)$/;
/** A stem: a capitalised or coined word, hyphenated parts allowed ("Heron", "HY-Pano"). */
const STEM = String.raw`[A-Z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*`;

/** Names written with the version of a name the paper introduces, as parts of the same release. */
export const releaseMates: NameRule = {
	name: 'release mates',
	scope: 'paper',
	find({ abstract, isGeneric, isKnown }, found) {
		const hits: NameHit[] = [];
		for (const own of found) {
			const version = VERSION.exec(own.name)?.groups;
			if (!version) continue;
			const stemOf = own.name.slice(0, own.name.length - version.sep!.length - version.version!.length);
			const mate = new RegExp(String.raw`(?<![\w-])(${STEM})${escapeRegExp(version.sep! + version.version!)}(?![\w-]|\.\d)`, 'g');
			for (const m of allMatches(abstract, mate)) {
				const stem = m[1]!;
				if (stem === stemOf || isGeneric(stem) || isKnown(stem)) continue;
				const versioned = m[0];
				if (hits.some((h) => h.forms.includes(versioned))) continue;
				const bare = found.find((h) => h.name === stem);
				hits.push(bare ? { name: stem, forms: [versioned], type: bare.type } : { name: versioned, forms: [versioned, stem], type: own.type });
			}
		}
		return hits;
	},
};
