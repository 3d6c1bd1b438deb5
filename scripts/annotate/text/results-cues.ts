/**
 * The cues of the results part (`summary-cues.ts`): what the experiments show, the figures they state and the release of
 * code, each with its weight.
 */
import type { Cue, WeightedCue } from './cue-gate.ts';
import { WE } from './first-person.ts';

// "Code is available at …" or a link: the pattern's ".*" is slow on the long sentences most
// abstracts have, and only runs when the word "available" is there.
const CODE_AVAILABLE = /\b(?:code|implementation|project website)\b.*\bavailable\b/i;
const AVAILABILITY: Cue = { test: (text) => (/available/i.test(text) && CODE_AVAILABLE.test(text)) || /https?:\/\//i.test(text) };

// "by 4.55%", "12.1x", "0.596 ± 0.006", "placed in the 49th percentile": a figure stated as a share, a multiple, an estimate or a rank.
export const NUMERIC_RESULT = /\d+(?:\.\d+)?\s*(?:%|x\b|×|times\b|points?\b|percent\b|per cent\b|-?fold\b)|\d\s*(?:±|\+\/-)\s*\d|\d(?:st|nd|rd|th)\s+percentile\b/i;
export const NUMERIC_WEIGHT = 2;

/** The results part's cues, in the order they are tried. */
export const RESULTS_CUES: WeightedCue[] = [
	// "to evaluate", "to rigorously evaluate", "when evaluating", "is to be evaluated": a purpose or a condition, no evaluation's outcome.
	// "The produced agents are evaluated in real and simulated environments": the present passive tells the evaluation's set-up.
	// "an evaluation protocol with refined rubrics", "a dual-mode evaluation framework": a thing made for evaluating, named.
	// "evaluator manipulation", "evaluator–policy co-adaptation": the one who evaluates is no evaluation either.
	// "Experiments were conducted on …", "Experiments were used to test …": experiments as the subject of the verb that runs
	// them tell the setup of the evaluation, not what came out of it.
	[/\b(?:experiments?(?!\s+(?:is|are|was|were)\s+(?:\w+ly\s+|then\s+|also\s+|further\s+|first\s+)?(?:conducted|performed|carried out|used|designed|run|undertaken|done|repeated)\b)|experimentally|empirically|(?:experimental|empirical) (?:results?|evaluations?|studies|study|analysis|validation)|(?<!\b(?:to|when|be|for|is|are) )(?<!\bto \w+ly )evaluat(?!ors?\b)\w+(?!\s+(?:protocols?|frameworks?|suites?|harness(?:es)?|toolkits?|pipelines?|metrics?|criteria|rubrics?|methodology|platforms?)\b))\b/i, 1.5],
	[/\b(?:outperform\w*|surpass\w*|exceed\w*|beats?|state-of-the-art|sota)\b/i, 1.5],
	// "The tool is successfully applied at a site in France", "Our method successfully combines …": a step or a design told
	// with its success is told for its outcome.
	[/\bsuccessfully\b/i, 1],
	[NUMERIC_RESULT, NUMERIC_WEIGHT],
	// "the mean number of drainage procedures per patient was 4.2", "the median age was 61": a summary statistic reported.
	[/\b(?:mean|average|median)\s+(?:[\w()-]+\s+){0,10}?(?:was|were)\s+(?:about\s+|approximately\s+)?\d/i, 1.5],
	// "The glass transition temperature of the cured polymer was 148 °C", "The particles had a Tg of about −100 °C": a measured
	// value told with the past copula or "had", no participle between (a setting is a step: "were heated to 150 °C").
	[/\b(?:was|were)\s+(?:about\s+|approximately\s+|around\s+|only\s+|nearly\s+|less than\s+|more than\s+|over\s+|under\s+)?[-−~]?\d|\bhad\s+an?\s+[^,;.]{0,40}?\bof\s+(?:about\s+|approximately\s+|around\s+)?[-−~]?\d/i, 1.5],
	// "Those with a high parasympathetic profile have a higher coping acceptance than the others", "yields were lower than in
	// the control": a comparison of groups or conditions, told with its "than", is what the study found.
	[/\b(?:higher|lower|greater|larger|smaller)\b[^.;]{0,80}?\bthan\b/i, 1],
	// "Across diverse tissues, Lingshu-Cell accurately reproduces transcriptomic distributions", "This technique reliably reproduces
	// the measurements": how well a method does what it does, told in a finite verb, is how it performed ("to accurately
	// identify", "which closely reproduces" tell its purpose or design).
	[/(?<!\b(?:to|which|that|can|could|will|would) )\b(?:accurately|reliably|faithfully|consistently|robustly|correctly|precisely|closely)\s+(?:reproduc|predict|captur|recover|track|match|identif|classif|estimat|detect|simulat|forecast|reconstruct)(?:es|s|ed|ied|ies)\b/i, 1],
	// "The growth curves were significantly different", "no significant difference", "in close agreement with the
	// measurements": a finding told in the words of a test or a comparison with data, as the field sciences report it; so are
	// "Treatment effects were significant for …" and "X had a significant effect on …", as field and animal trials report
	// their analysis of variance.
	[/\b(?:effects?|differences?|interactions?) (?:was|were) (?:not |also |highly |statistically )*significant\b|\b(?:has|had|have|showed) (?:a |no )?(?:statistically |highly )?significant (?:\w+ )?(?:effects?|influence|impacts?|differences?)\b|\bsignificantly (?:different|higher|lower|greater|smaller|larger|associated|correlated|related|increased|decreased|reduced|improved|better|worse)\b|\bno (?:significant |predictable |clear )?(?:effect|difference|pattern|relationship|correlation|association)s?\b|\bin (?:close|good|excellent|reasonable|satisfactory|fair) agreement\b|\bagree[sd]? (?:well|closely)\b/i, 1.5],
	// "The taxa from the site provide evidence for a corridor …", "The insights obtained represent quantitative evidence for …":
	// evidence obtained or given is what the study found.
	[/\b(?:obtain(?:ed|s)?|f(?:ou|i)nds?|gather(?:ed|s)?|provided?s?|yield(?:ed|s)?) (?:\w+ ){0,2}evidence\b/i, 1],
	// "HMC decreased yields of milk by 4.3 kg/d", "the treatment reduced mortality by 12": a change stated with its size is a
	// measured outcome, in the active voice as in the passive (`summary-statements.ts`).
	[/\b(?:increased|decreased|reduced|lowered|raised|improved)\b[^.;]{0,80}?\bby (?:about |approximately |up to )?\d/i, 1],
	// "(RMSE = 0.10, r = 0.86, p < 0.01)": a statistic given its value reports what a test or a fit found.
	[/\b(?:r|R2|R²|RMSE|MAE|rho|ρ|p|P)\s*[=<>≤≥]\s*-?0?\.\d/, 1.5],
	// "…, concluding that …", "…, demonstrating how …": a step whose outcome the sentence reports.
	[/,\s+(?:concluding|showing|demonstrating|revealing|indicating|suggesting|confirming) (?:that|how)\b/i, 1.5],
	// "predicts streamflow as accurately as …", "almost as accurately as ConSeq": a measured comparison.
	[/\bas \w+ly as\b/i, 1],
	[/\b(?<!as a )(?:results?|findings?|benchmarks?)\b/i, 1],
	[/\b(?:achiev\w+|improv(?:es|ed|ement|ements)|gains?|faster|accuracy|superior|competitive)\b/i, 0.5],
	[new RegExp(String.raw`\b(?:${WE} (?:also |further |empirically |theoretically )?(?:show|find|found|observe|demonstrate|prove|discover(?:ed)?)|show that|showed that|highlight(?:s|ed)? that|suggest(?:s|ed)?|indicat(?:e|es|ed)|reveal(?:s|ed)?)\b`, 'i'), 1],
	// "We report that …", "With X, we demonstrated that …", "Therefore, we conclude that …": a finding told in the past, as a
	// report or as what the authors conclude is one all the same
	// ("we report a method" tells what the paper presents, `we report a|an` in the approach).
	[new RegExp(String.raw`\b${WE} (?:here |also |further |have )?(?:report|reported|demonstrated|observed|proved|established|conclude|concluded) that\b`, 'i'), 1],
	// "The analysis revealed critical materials …", "Our results showed that …", "This study identified two groups …": the
	// study's own analysis, data or results as the subject of a verb of showing in the past tell what it found; so do they,
	// and its calculations, in the present with the "that" of what they show ("These calculations show that …"); so do "the
	// results of this study" ("The results of this study illustrate that …").
	[/^(?:the|our|this|these) (?:[\w-]+ ){0,2}?(?:analys[ie]s|results?|outcomes?|findings?|data|study|survey|experiments?|simulations?|measurements?|observations?|evaluations?|comparisons?|calculations?|computations?)(?: of (?:this|the|our) (?:present |current )?(?:study|work|research|investigation|paper|experiments?|analysis))? (?:\w+ly |also |further )?(?:revealed|showed|demonstrated|indicated|suggested|confirmed|identified|illustrated|(?:reveal|show|demonstrate|indicate|suggest|confirm|illustrate)s?\s+that)\b/i, 1.5],
	// "This is demonstrated on both text and image datasets", "These gains are confirmed across five benchmarks": a claim just
	// made, shown to hold on data, is what the experiments found.
	// A model or method "demonstrated on" data is the setup's (`summary-statements.ts`); "this" alone, or results named, is the
	// claim before, and outweighs it.
	[/^(?:this|these)(?: (?:gains?|results?|findings?|improvements?|effects?|advantages?|trends?|patterns?|behaviou?rs?))? (?:is|are|was|were) (?:\w+ly |also |further )?(?:demonstrated|shown|confirmed|validated|verified|corroborated) (?:on|across|in|by|with|through)\b/i, 2],
	// "The results of the study show two processes …", "The findings reveal three factors …": the study's results or findings
	// named as such need no "that" in the present either; what they show is what was found.
	[/^(?:the|our|these) (?:[\w-]+ ){0,2}?(?:results?|findings?)(?: of (?:this|the|our) (?:present |current )?(?:study|work|research|investigation|paper|analysis))? (?:\w+ly |also |further )?(?:show|reveal|indicate|demonstrate)s?\b(?!\s+that)/i, 1.5],
	// "A black surface was achieved in 30 s", "significant improvements were achieved": what was reached, told in the past, is
	// a result; the means it was reached by ("has been achieved via …", "is achieved through …") is the approach's.
	[/\b(?:was|were|has been|have been) (?:\w+ly |also )?achieved\b(?!\s+(?:by|via|through|using|with)\b)/i, 1],
	[AVAILABILITY, 2],
	// "To push the frontier of open-source TTS, we release our model weights, fine-tuning code, and …", "We will release all
	// code": releasing code or weights is availability, as "code is available at …" is ("we release X, a dataset of …" may
	// be the contribution itself, and stays out).
	[new RegExp(String.raw`\b${WE}\s+(?:will\s+)?(?:also\s+)?(?:publicly\s+|fully\s+)?(?:release|open-source|open source)\s+(?:our|the|all)\s+(?:[\w-]+\s+){0,2}?(?:code|weights|models?|checkpoints?|implementation)\b`, 'i'), 2],
	// "The inferred flow velocities reach values of up to 300 μm/s": a measured quantity reaching its values is what was found.
	[/\breach(?:es|ed)?\s+(?:values?|levels?)\s+(?:of\s+)?(?:up to\s+|about\s+|as high as\s+)?[-−~]?\d/i, 1.5],
	// "On these databases, the proposed approach exhibits an optimal compromise …", "our model achieves competitive …": what the
	// paper's method exhibits or achieves, told of it, is how it performed.
	// "Empowered by this framework, our resulting models FIRM-Qwen-Edit and FIRM-SD3.5 achieve …": the models the method yielded,
	// named after their noun, perform as the method does.
	[/\b(?:the proposed|our|this|the new|the presented) (?:(?:resulting|final|trained)\s)?(?:method|approach|technique|model|algorithm|framework|pipeline|system|scheme|tool)s?(?:\s[A-Z][\w.-]*(?:(?:,\s|\sand\s)[A-Z][\w.-]*)*)? (?:\w+ly )?(?:exhibit|achieve|attain|deliver|display|reache)(?:s|d|ed)?\b/i, 1],
	// "It is shown that aliasing depends on …", "In this paper it is shown that …": a finding stated impersonally, opening its
	// sentence with its "that" clause, between the steps of the work as often as after them; the paper's own name before it
	// makes it no step. After a fronted frame ("Using a simulation, it is demonstrated that …") it as often opens the
	// background's case, and is left to the passive finding's weight (`summary-statements.ts`).
	[/^(?:(?:in this (?:paper|study|work|article)|here|moreover|furthermore|in addition|additionally|finally),?\s+)?it (?:is|was) (?:also |further |thus |here |clearly )?(?:shown|found|demonstrated|observed|concluded) that\b/i, 1],
	// "This study offers three theoretical contributions to …", "It contributes to the literature by incorporating …": what the
	// study adds to its field, as management and social-science abstracts close, is told after its findings.
	[/\b(?:contributes|contributed) to (?:the )?(?:[\w-]+ ){0,2}?(?:literature|research|understanding|knowledge|theory|debate|field)\b|\b(?:offers|makes|provides) (?:\w+ )?(?:theoretical|practical|managerial|several|three|two|important) (?:\w+ )?contributions\b|^It (?:also )?contributes\b/i, 1.5],
	// "Therefore, we advise policymakers to …", "managers should adopt …": what the findings mean for those who act on them is
	// told after the findings, as what the study concludes.
	[new RegExp(String.raw`\b${WE}\s+(?:\w+ly\s+|therefore\s+|thus\s+|also\s+)?(?:advise|recommend|urge|encourage|call on)\s+(?:that\s+)?(?:policy-?makers|policy makers|practitioners|managers|governments|regulators|clinicians|decision-makers)\b|\b(?:policy-?makers|policy makers|practitioners|managers|governments|regulators|clinicians|decision-makers)\s+(?:should|must|ought to)\b`, 'i'), 1.5],
	// "This paper states that human involvement should be supplemented …", "Finally, this paper expects that …": the paper's stance,
	// told with a verb of saying or holding, is what it concludes.
	[/\b(?:this|the|our) (?:present )?(?:paper|study|article|work|research|essay|chapter) (?:also |further |therefore |thus |finally )?(?:states|expects|believes|holds|maintains|contends|asserts|claims|argues|concludes) that\b/i, 1.5],
	// "We present X and we show that …", "We evaluate nine models and find that …": the finding the sentence's step led to, told after it.
	[/\band\s+(?:we\s+)?(?:also\s+|further\s+|then\s+)?(?:show|find|found|prove|demonstrate|observe)s?\s+that\b/i, 1.5],
	// "ICA-AROMA identified motion components …", "Our approach removed spurious noise …": the method
	// as subject in the past tense reports what it did when tested; in the present it is described.
	[/^(?:[A-Z][\w-]*[A-Z][\w-]*|(?:The|This|Our) (?:proposed |new )?(?:method|approach|technique|model|algorithm|framework|pipeline|tool|system|index))\s+(?:\w+ly\s+)?\w+ed\b(?!\s+(?:by|to|on|in|as|from|with|for)\b)/, 1],
];
