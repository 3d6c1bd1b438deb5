/**
 * A part the paper's own system brings, named by a long form and its acronym: "VGGRPO introduces a
 * Latent Geometry Model (LGM) that stitches …", "A key innovation is the Discrete Native
 * Any-resolution Visual Transformer (dNaViT), which …". The subject is the name the paper introduced
 * (or the sentence calls the part its innovation or contribution), so the defined name is made for
 * the paper, not one it uses; the acronym rules alone read it as used. A known acronym is left to
 * the lexicons, and "uses" or "employs" say nothing of whose the part is. The article may be
 * missing ("FooPaint introduces Shared Detail Attention (SDA) to …"), and a second part joined by
 * "and" to the first is brought by the same verb ("… (SDA) to refine features and Edge-Aware Loss
 * (EAL) to sharpen edges"). A numbered stage of the paper's pipeline says it too ("The second stage
 * introduces Group Relative Self-Distillation (GRSD), which …"): the stages are the authors' own.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import type { NameHit, NameRule } from './name-rule.ts';

/** The verb of bringing something new, then an article, right before the long form. */
const INTRODUCES = String.raw`\s+(?:also\s+|further\s+)?(?:introduces|proposes|presents|designs|devises)\s+(?:(?:an?|the)\s+)?$`;
/** After the first part's bracket, the words of its purpose and "and", in the same sentence, before the second. */
const AND_NEXT = /^\)[^.;()]{0,80}\band\s+(?:(?:an?|the)\s+)?$/;
/** "A key innovation is the …", "Our main contribution is a …". */
const INNOVATION = /\b(?:[Aa]|[Oo]ur|[Tt]he)\s+(?:key|main|core|central|major)\s+(?:innovation|contribution|novelty|component)\s+(?:is|lies in)\s+(?:an?|the)\s+$/;
/** "The second stage introduces …": a numbered stage of the paper's own pipeline as the subject. */
const STAGE_BEFORE = new RegExp(String.raw`(?:^|[.;:]\s+)(?:The|Our)\s+(?:first|second|third|fourth|final|last)\s+(?:stage|phase|step)${INTRODUCES}`);
/** A long form naming a trained network, typed model ("… Geometry Model", "… Visual Transformer"). */
const MODEL_HEAD = /(?:Model|Transformer|Network|Encoder|Decoder|Tokenizer)$/;

/** Acronyms whose long form the paper's own name introduces, or its key innovation is, as introduced. */
export const ownNameIntroduces: NameRule = {
	name: 'own name introduces',
	scope: 'paper',
	find({ abstract, acronyms, isKnown, isGeneric }, found) {
		const hits: (NameHit & { end: number })[] = [];
		const owners = found.map((h) => escapeRegExp(h.name)).filter((name) => name.length > 1);
		const ownerBefore = owners.length ? new RegExp(String.raw`(?<![\w-])(?:${owners.join('|')})${INTRODUCES}`) : undefined;
		for (const acronym of acronyms) {
			const { short, long, span } = acronym;
			if (isKnown(short) || isGeneric(short) || found.some((h) => h.name === short)) continue;
			const before = abstract.slice(Math.max(0, span.start - 80), span.start);
			const previous = hits.at(-1);
			const mate = previous !== undefined && AND_NEXT.test(abstract.slice(previous.end, span.start));
			if (!ownerBefore?.test(before) && !INNOVATION.test(before) && !STAGE_BEFORE.test(before) && !mate) continue;
			hits.push({ name: short, forms: [short, long], type: MODEL_HEAD.test(long) ? 'model' : 'method', end: span.end - 1 });
		}
		return hits.map(({ end: _end, ...hit }) => hit);
	},
};
