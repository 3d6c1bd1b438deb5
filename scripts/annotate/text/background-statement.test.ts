import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { statesBackground, statesGap } from './background-statement.ts';
import { selectTldr } from './tldr.ts';

// Opening sentences of abstracts in scripts/eval/listings/unseen-ecology.bib.
const METE =
	'The maximum entropy theory of ecology (METE) is a unified theory of biodiversity that predicts a large number of macroecological patterns using information on only species richness, total abundance, and total metabolic rate of the community.';
const ETH =
	'The environmental texture hypothesis (ETH) proposes that the spatial geometry or texture of the environment influences the rate at which species are accumulated in space or time.';
const MUSSEL =
	'Geukensia demissa (Ribbed Mussel) is an important foundation species in the salt marsh ecosystem, providing habitat for resident invertebrates and influencing ecosystem functioning.';
const EARLIER =
	'While the majority of studies on species turnover have examined pairwise comparison metrics (e.g., the average Jaccard dissimilarity), it has been proposed that the species–area relationship (SAR) also offers insight into patterns of species turnover because these two patterns may be analytically linked.';

describe('statesBackground', () => {
	it('reads a definition, a theory’s claim and a report of earlier work as background', () => {
		for (const sentence of [METE, ETH, MUSSEL, EARLIER]) expect(statesBackground(sentence), sentence).toBe(true);
		expect(statesBackground('Previous studies have shown that evenness drives diversity.')).toBe(true);
	});

	// Oceanography and ecology: the gap the paper fills, and "our understanding", which is the field's.
	it('reads a statement of what is scarce or unclear as background, whoever "our understanding" is', () => {
		expect(statesBackground('Turbulent vertical velocity measurements are scarce in regions prone to convection, which hinders our understanding of deep convection dynamics.')).toBe(true);
		expect(statesBackground('The mechanisms leading to the cessation of convection remain unclear.')).toBe(true);
		expect(statesBackground('Little is known about how mussels respond to drought.')).toBe(true);
		expect(statesBackground('Our measurements are scarce but precise.')).toBe(false);
	});

	// Biomechanics and medicine: what still has to be found out, stated as a need.
	it('reads what needs to be defined or remains to be established as background', () => {
		expect(statesBackground('Therefore, the accuracy of gait measures as a function of frame rate needs to be defined.')).toBe(true);
		expect(statesBackground('The optimal dose for older adults remains to be established.')).toBe(true);
		expect(statesBackground('We show what needs to be defined first.')).toBe(false);
	});

	it('never reads a sentence about the paper’s own work as background', () => {
		expect(statesBackground('We evaluated four major predictions of METE simultaneously at an unprecedented scale.')).toBe(false);
		expect(statesBackground('This study is a first test of the hypothesis at local scales.')).toBe(false);
		expect(statesBackground('FooNet is a new method that we propose for long contexts.')).toBe(false);
		expect(statesBackground('Our study suggests that one of the central premises of the ETH is relevant.')).toBe(false);
	});

	// education (threat assessment), software engineering
	it('reads the field’s established practice and a gap in earlier work as background, "US" being no "us"', () => {
		expect(statesBackground('Although behavioral threat assessment and management has become widely used in US schools, no studies have systematically examined how often schools conduct them.')).toBe(true);
		expect(statesBackground('Static analysers are widely used in industry.')).toBe(true);
		expect(statesBackground('Let us assume the static analysers are widely used.')).toBe(false);
	});

	// plant pathology, entomology: a programme told in dates opens with when the pest first arrived
	it('reads the dated first record of the thing studied as background, and lets the outcome win the TL;DR', () => {
		expect(statesBackground('The beetle Xylotrechus arvicola, which bores into vine wood, was first detected in the Douro valley in 1982.')).toBe(true);
		expect(statesBackground('The beetle was first detected by trap catches.')).toBe(false);
		const abstract =
			'Vines are an important crop for Portugal. The beetle Xylotrechus arvicola, which bores into vine wood, was first detected in the Douro valley in 1982. ' +
			'It has since spread to every wine region. A trapping programme was run from 2001 to 2004 in 12 estates. ' +
			'Later surveys showed that damage fell and vineyards started recovering. Trapping and pruning can be used to control the beetle.';
		expect(selectTldr(splitSentences(abstract), 'Control of the Vine Beetle in Portugal Using Trapping and Pruning').text).not.toMatch(/first detected/);
	});

	it('leaves findings and plain statements alone', () => {
		expect(statesBackground('Species richness and composition were significantly different among habitats.')).toBe(false);
		expect(statesBackground('Protected areas are central to biodiversity conservation.')).toBe(false);
	});

	it('lets a finding of the paper win the TL;DR over an opening definition', () => {
		const abstract = `${MUSSEL} We sampled an area of marsh with drop-net traps. Our findings suggest that the Ribbed Mussel does not act as a foundation species for nekton at the patch scale.`;
		expect(selectTldr(splitSentences(abstract), 'Associations Between Nekton Assemblages and Ribbed Mussel Patches').text).toMatch(/^Our findings suggest/);
	});
});

describe('statesGap', () => {
	it('reads the gap in earlier work and what others hold, not a definition or the paper\'s own words', () => {
		expect(statesGap('Little is known about why insulin raises the risk of falls.')).toBe(true);
		expect(statesGap('No studies have examined falls among insulin users.')).toBe(true);
		expect(statesGap('Wasting of muscle is a prominent feature of lung cancer.')).toBe(false);
		expect(statesGap('Little is known about this, and our study fills the gap.')).toBe(false);
	});
});
