/**
 * Techniques named by a lower-case long form with an acronym, as mathematics and physics write
 * them: "the local minimax method (LMM)", "preconditioned steepest descent (PSD)", "the random
 * phase approximation (RPA)", "quantile mapping (QM)", "analysis of variance (ANOVA)", "target density
 * weighting (TDW)", "the expectation-maximization (EM) algorithm", "knowledge distillation (KD)", and named theories that predict, as "the maximum entropy theory of
 * ecology (METE)". The head noun says a technique is meant; a concept in lower case
 * ("large language model (LLM)", "antiretroviral therapy (ART)") has another head and stays out.
 * A long form of other head is one too when the words after its bracket call it a technique
 * ("localized constructed analogs (LOCA) method", "Quantile mapping (QM) is a technique").
 * The abstract's own definition decides: an acronym the generic list holds in another sense
 * ("LMM", large multimodal model) names the technique here. A score or index the study measures on
 * its subjects ("body condition score (BCS) … were measured weekly") is a variable, not a technique.
 * A plural after the bracket ("echo state computing (ESC) algorithms") names a family of the field's,
 * unless the title names the long form as what the paper is about ("Echo State Computing Tracks
 * …"): then the family is the technique the paper applies. Materials processing names its etching,
 * sawing, deposition and growth steps so too ("multi-wire slurry sawing (MWSS)").
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { isTitleCase } from './named-acronyms.ts';
import type { EntityRule } from './entity-rule.ts';

// A measure's head names one measure of the field ("delta normalized burn ratio (dNBR)", "continuous
// ranked probability score (CRPS)", "normalized difference vegetation index (NDVI)"), as a method's does.
// A distillation is a way of making something, in a chemist's still or from a teacher network ("steam
// distillation (SD)", "sequence-level knowledge distillation (SKD)"). A stimulation is a technique of
// neurology and rehabilitation, named by what stimulates and where ("repetitive transcranial magnetic
// stimulation (rTMS)", "transcranial direct current stimulation (tDCS)", "deep brain stimulation (DBS)").
const TECHNIQUE_HEAD = /(?:^|\s)(?:method|methodology|algorithm|approximation|descent|scheme|estimator|solver|sampler|transform|decomposition|expansion|theory|mapping|analysis|weighting|ratio|score|index|distillation|stimulation)$/;
// The lab sciences' instrumental techniques ("gas chromatography/mass spectrometry (GC/MS)", "X-ray
// photoelectron spectroscopy (XPS)"): these heads name nothing but a way of measuring.
const INSTRUMENT_HEAD = /[\s/-](?:chromatography|spectrometry|spectroscopy|microscopy|electrophoresis|calorimetry|cytometry|voltammetry|tomography|absorptiometry|densitometry|interferometry)$/;
// An extraction is a technique when the long form says by what medium or means ("accelerated solvent
// extraction (ASE)", "solid-phase extraction (SPE)", "microwave-assisted extraction (MAE)"); named by
// what it extracts ("relation extraction (RE)", "feature extraction"), it is a task.
const EXTRACTION_BY_MEANS = /(?:^|[\s-])(?:solvent|liquid|fluid|phase|water|acid|sorptive|soxhlet|[a-z]+(?:ed|ized|ised|assisted))\s+extraction$/i;
// Materials processing names its steps by what is done to the material and by what means ("reactive
// ion etching (RIE)", "metal-assisted chemical etch (MACE)", "multi-wire slurry sawing (MWSS)", "atomic
// layer deposition (ALD)", "molecular beam epitaxy (MBE)"): these heads name a process of the lab or
// the line, never a concept. A deposition is one only by its means (a vapour, a layer, a laser, a
// bath, sputtering), as ecology's "nitrogen deposition" names a flux.
const PROCESS_HEAD = /[\s-](?:etching|etch|sawing|sputtering|annealing|polishing|lithography|epitaxy|texturing|sintering|milling|machining|welding|electroplating|(?:vapou?r|layer|laser|bath|spray|sputter)\s+deposition)$/;
// The words after the bracket say one technique is meant: "(LOCA) method", "(QM) is a technique",
// "phospholipid fatty acid (PLFA) analysis", or an instrumental technique the long form qualifies
// ("magic angle spinning (MAS) NMR", "diffusion tensor (DT) imaging");
// a plural names a family of the field's ("reinforcement learning (RL) algorithms") and stays out. A
// field's named model is written so too ("the susceptible-infected (SI) model", "the island (IS) model"):
// a way of reasoning about a system, a method, not a trained network.
const TECHNIQUE_AFTER = /^\s*(?:(?:method|technique|algorithm|scheme|analysis|model)\b(?!-)|is an? (?:[\w-]+ ){0,3}?(?:technique|method|algorithm)\b)|^\s*(?:NMR|EPR|ESR|MRI)\b|^\s*(?:spectroscopy|spectrometry|microscopy|chromatography|tomography|imaging)\b(?!-)/;
// Lower case but for a first word that may open the sentence ("Quantile mapping (QM) is …"); one
// hyphenated compound is a long form too ("the expectation-maximization (EM) algorithm").
// Two techniques coupled by a slash are one long form ("gas chromatography/mass spectrometry (GC/MS)").
const LOWER_CASE = /^[A-Za-z][a-z-]*(?:[\s/]+[a-z][\w-]*)+$|^[A-Za-z][a-z]+(?:-[a-z]+)+$/;
// "the maximum entropy theory of ecology (METE)": the head noun comes before an of-phrase naming its domain.
const OF_DOMAIN = /\s+of\s+[a-z][\w-]*$/;
const ALGORITHM_HEAD = /\s(?:algorithm|descent|solver|sampler)$/;
// "body condition score (BCS), and body weight were measured weekly": a score or index the study
// measures on its subjects is an observed variable, as body weight is, not a technique it uses.
const MEASURE_HEAD = /\s(?:score|index|ratio)$/;
const MEASURED_AFTER = /^[^.;]*?\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?:measured|recorded|assessed|scored|monitored|observed|weighed)\b/;
// "odds ratio (OR)", "hazard ratio (HR)": an effect size a result is reported in, not a technique of the paper.
const EFFECT_SIZE = /^(?:adjusted\s)?(?:odds|hazards?|risk|rate|incidence rate)\sratio$/i;

/** A plural kind of procedure after the bracket: a family of techniques. */
const FAMILY_AFTER = /^\s*(?:algorithms|methods|techniques)\b/;

/** Whether the title writes the long form, in any case, as a phrase of its own. */
const titleNames = (title: string, long: string): boolean => new RegExp(String.raw`(?<![\w-])${escapeRegExp(long)}(?![\w-])`, 'i').test(title);

/** Whether a long form's head noun names a technique (a domain's of-phrase aside). */
const isTechniqueHead = (long: string): boolean => {
	const head = long.replace(OF_DOMAIN, '');
	return TECHNIQUE_HEAD.test(head) || INSTRUMENT_HEAD.test(head) || EXTRACTION_BY_MEANS.test(head) || PROCESS_HEAD.test(head);
};

// "time-frequency (TF) analysis", "magic angle spinning (MAS) NMR", "the island (IS) model": an analysis,
// an instrumental technique or a field's model is named with its head, which the written name keeps.
const ANALYSIS_AFTER = /^\s*(?:(?:analysis|model)\b(?!-)|(?:NMR|EPR|ESR|MRI)\b|(?:spectroscopy|spectrometry|microscopy|chromatography|tomography|imaging)\b(?!-))/;

/** The whole written name "long (SHORT) analysis" or "long (SHORT) NMR" when such a head follows the bracket, as a form of the technique. */
const analysisForm = (abstract: string, a: Acronym): string[] => {
	const after = ANALYSIS_AFTER.exec(abstract.slice(a.span.end));
	return after ? [abstract.slice(a.span.start, a.span.end + after[0].length)] : [];
};

/** Acronyms the abstract defines as a technique in lower case, as techniques the paper uses. */
export const techniqueAcronyms: EntityRule = {
	name: 'technique acronyms',
	priority: 1,
	find({ title, abstract, acronyms, isGeneric, isKnown, inUrl }) {
		return acronyms
			.filter((a) => !isTitleCase(a.long) && LOWER_CASE.test(a.long))
			.filter((a) => isTechniqueHead(a.long) || ((TECHNIQUE_AFTER.test(abstract.slice(a.span.end)) || (FAMILY_AFTER.test(abstract.slice(a.span.end)) && titleNames(title, a.long))) && !isGeneric(a.short)))
			.filter((a) => !isGeneric(a.long) && !isKnown(a.short) && !isKnown(a.long) && !inUrl(a.span.start) && !EFFECT_SIZE.test(a.long))
			.filter((a) => !(MEASURE_HEAD.test(a.long) && MEASURED_AFTER.test(abstract.slice(a.span.end))))
			.map((a) => ({ type: ALGORITHM_HEAD.test(a.long) ? ('algorithm' as const) : ('method' as const), name: a.short, role: 'used' as const, forms: [a.long, ...analysisForm(abstract, a)] }));
	},
};
