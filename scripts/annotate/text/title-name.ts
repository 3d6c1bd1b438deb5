/**
 * The system a title names in a "Name: subtitle" prefix ("RAMario: …"): the TL;DR prefers the
 * sentence about it, and the entity rules take it for the paper's own name.
 */

/** The name a title gives its system in a "Name: subtitle" prefix, if any. */
export function titleName(title: string): string | null {
	// "RAMario: …", and "ObsPy - What can it do …" as some journals set the colon: a dash with a space either side.
	const match = /^([^:]{2,40}?)(?::|\s[-–—])\s/.exec(title);
	if (!match) return null;
	const name = match[1]!.trim();
	// A name is one or two tokens with some capital letter ("RAMario", "BFM-Zero", "Part I" is not), or
	// three or four that each open with a capital or a digit ("CommonRoad Drivability Checker").
	const tokens = name.split(/\s+/);
	if (tokens.length > 4 || !/[A-Z]/.test(name) || /^Part\s/i.test(name)) return null;
	if (tokens.length > 2 && !tokens.every((t) => /^[A-Z0-9]/.test(t))) return null;
	return name;
}
