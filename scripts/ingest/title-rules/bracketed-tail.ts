/**
 * A bracketed part closing a title that is not the article's title: Scopus writes a non-English
 * article's own title after the English one ("… Heritage of Ancona; [Digital Twin dell'Arco di
 * Traiano …]", "… Ship Structures; [船舶结构设计准则和衡准的研究进展]"), and magazines' exports end a title
 * with the column it ran in ("… in the Electric Grids [Viewpoint]"). A page, a slug or a merge
 * with the same paper from another source reads the English title alone. A bracket that is part
 * of the title stays: a formula or an isotope label ("[Ru(bpy)3]", "[18F]") has no space and is
 * not one word of letters.
 */
import type { TitleRule } from './types.ts';

/**
 * The bracketed tail: after "; " or a space, a text with a space in it or in a script without
 * capitals (another title), or one capitalised word of letters (a column's name).
 */
const TAIL = /(?:\s*;\s*|\s+)\[(?:[^\][]*\s[^\][]*|\p{Lo}[^\][]*|\p{Lu}\p{Ll}+)\]\s*$/u;

/** Words of letters the title keeps before its tail: a tail never takes the whole title. */
const MIN_WORDS_LEFT = 2;

/**
 * The title without a bracketed tail, as described above.
 *
 * @example bracketedTail('Logistics of Smart Port in Ukraine; [Logistyka inteligentnych portów]', '') // 'Logistics of Smart Port in Ukraine'
 * @example bracketedTail('Photophysics of [Ru(bpy)3]', '') // unchanged
 */
export const bracketedTail: TitleRule = (title) => {
	const match = TAIL.exec(title);
	if (!match) return title;
	const kept = title.slice(0, match.index);
	return (kept.match(/\p{L}+/gu)?.length ?? 0) >= MIN_WORDS_LEFT ? kept : title;
};
