/**
 * The abstract split into its rhetorical parts: problem → approach → results.
 *
 * Each sentence scores each part by cue phrases; a Viterbi pass then labels the
 * sentences, charging for going back in the problem → approach → results order, so
 * an abstract reads as mostly contiguous parts while a strong cue ("Moreover, we
 * propose …" after first results) can still pull a sentence back to its part.
 * Every sentence lands in exactly one part, in document order within the part, and
 * with three or more sentences no part is left empty, but for the problem of an abstract that opens with
 * the authors' own work ("We have searched for …", "This paper investigates …", a contribution in the passive: "A method
 * is presented for …", or a step of the study in the past passive: "Response surface methodology was used to …", or a
 * structured abstract's first label its aim or methods:
 * "Objective: To examine …"), which may have none, and for the results of a review that ends on what it covers ("The
 * techniques reviewed include …", `review-scope.ts`), which reports no findings. A publisher's copyright or
 * licence line stands outside the sequence, with the results (`publisher-line.ts`). Sentences enumerated ("First, …",
 * "Second, …") before the paper first speaks of its own work give the reasons of the gap, and lean to the problem.
 * What others have shown ("Recent studies have shown …") and how a thing is usually done ("This is usually done by hand")
 * lean to the problem too: the state of things the paper starts from. The paper's own method described by its parts or its
 * name after the paper names it ("We propose X. A gating module fuses …") leans to the approach (`method-description.ts`). An
 * abstract that opens with its study stated impersonally ("The ecology of X was investigated at three marshes", "The life cycle
 * of X is described") has no background, and what follows with no cue of any part is what the study found. A state observed,
 * told in the plain past after the paper speaks of its own work ("Males were active most of the day"), leans to the results
 * (`past-observation.ts`).
 *
 * The cue phrases below read the first-person voice ("we propose", "experiments show"); the
 * impersonal voice most other fields write in ("A correction technique is proposed", "First, a
 * pool of analog days is chosen", "It is found that …") is read by the kind of statement a
 * sentence makes (`summary-statements.ts`), and both add to the same scores.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import { opensOnPatient, tellsCase } from './case-narrative.ts';
import { textCues } from './cue-gate.ts';
import { I, OUR, WE } from './first-person.ts';
import { recommendsAsGuideline } from './guideline-recommendation.ts';
import { listLeads } from './list-items.ts';
import { definesNewName, describesOwnMethod } from './method-description.ts';
import { paperInquires } from './own-subject.ts';
import { paperAsSubject } from './paper-as-subject.ts';
import { observesInPast } from './past-observation.ts';
import { reportsPerfectStep } from './perfect-step.ts';
import { contributesPassively, studiesInOpening } from './passive-contribution.ts';
import { publisherLines } from './publisher-line.ts';
import { statesReviewScope } from './review-scope.ts';
import { sectionParts } from './summary-sections.ts';
import { statementCues } from './summary-statements.ts';
import type { TextRule } from './text-rule.ts';

/** The `summary` text rule: every sentence in its rhetorical part. */
export const summaryRule: TextRule<'summary'> = {
	field: 'summary',
	needs: [],
	annotate: ({ sentences }) => splitSummary(sentences),
};

/** The sentences of an abstract by rhetorical part, each in document order. */
export interface Summary {
	problem: Span[];
	approach: Span[];
	results: Span[];
}

type Part = keyof Summary;

/** A cue: a regular expression, or a test that gates one with a literal scan. */
type Cue = Pick<RegExp, 'test'>;

// "Code is available at …" or a link: the pattern's ".*" is slow on the long sentences most
// abstracts have, and only runs when the word "available" is there.
const CODE_AVAILABLE = /\b(?:code|implementation|project website)\b.*\bavailable\b/i;
const AVAILABILITY: Cue = { test: (text) => (/available/i.test(text) && CODE_AVAILABLE.test(text)) || /https?:\/\//i.test(text) };

// "Recent work has shown …", "X has demonstrated strong potential": the present perfect of a verb of showing, in a sentence
// that does not speak of the paper's own work, reports what others found.
const HAVE_SHOWN = /\b(?:has|have) (?:recently |already |repeatedly )?(?:shown|demonstrated|revealed)\b/i;
const OWN_WORDS = new RegExp(String.raw`\b(?:${WE}|${OUR}|this (?:paper|work|study|article|chapter|review))\b`, 'i');
const OTHERS_HAVE_SHOWN: Cue = { test: (text) => HAVE_SHOWN.test(text) && !OWN_WORDS.test(text) };

// "by 4.55%", "12.1x", "0.596 ± 0.006": a figure stated as a share, a multiple or an estimate.
const NUMERIC_RESULT = /\d+(?:\.\d+)?\s*(?:%|x\b|×|times\b|points?\b|percent\b|per cent\b|-?fold\b)|\d\s*(?:±|\+\/-)\s*\d/i;
const NUMERIC_WEIGHT = 2;

// "(Furthermore,) to <verb> …, we <verb> …" or "…, X is|are <participle> …": the step a stated purpose is reached by.
const PURPOSE_THEN_STEP = new RegExp(
	String.raw`^(?:(?:furthermore|moreover|finally|in addition|additionally|then|next|also),?\s+)?to\s+(?!the\s+best\b|date\b|this\s+end\b|that\s+end\b)(?:further\s+|\w+ly\s+)?[a-z]+\b[^,;]{0,160},\s+(?:${WE}\s+(?:also\s+|further\s+|first\s+|then\s+|\w+ly\s+)?(?!must\b|should\b|need\b|conclude\b|find\b|found\b|show\b|showed\b|observe\b|observed\b|demonstrate\b|recommend\b)[a-z]+|(?!it\s)[^,;]{1,160}?\s(?:is|are|was|were)\s+(?:\w+ly\s+)?[a-z]+ed\b)`,
	'i',
);

// Each cue adds its weight to a part when it occurs in a sentence.
const CUES: Record<Part, [Cue, number][]> = {
	problem: [
		[/\bhowever\b/i, 1.5],
		[/\bchalleng(?:e|es|ing)\b/i, 1],
		[/\b(?:limitations?|limited|bottleneck\w*|drawbacks?|issues?|problems?)\b/i, 1],
		[/\b(?:struggles?|suffers?|fails?|lacks?|lacking|hinders?|remains?)\b/i, 1],
		[/\b(?:difficult|hard|costly|expensive|inefficien\w*|impractical|unclear|unexplored|elusive|inadequate\w*|insufficient\w*|poorly|open (?:problem|question))\b/i, 1],
		// "a new classification is needed", "tools are still lacking": a gap stated impersonally.
		[/\b(?:is|are) (?:still |thus |therefore |urgently |clearly )?(?:needed|required|lacking|missing)\b/i, 1],
		// "It is necessary to find the most suitable path", "it is essential to benchmark …": a need stated impersonally, the gap
		// the paper sets out to fill.
		[/\bit is (?:therefore |thus |still |also |hence |now )?(?:necessary|essential|crucial|critical|imperative|vital|important) to\b/i, 1],
		// "But the results are far from satisfying", "performance is far from satisfactory": what exists falls short.
		[/\bfar from (?:satisf\w+|ideal|perfect|optimal|adequate|sufficient|solved|settled)\b|\bunsatisf(?:ying|actory)\b/i, 1.5],
		[/\b(?:despite|although|yet)\b/i, 0.5],
		[/\b(?:cannot|can't|do not|does not|unable to|not (?:well )?understood)\b/i, 0.5],
		[/\b(?:existing|prior|previous|current|traditional|conventional|recent) (?:[\w-]+ ){0,2}(?:work|works|methods?|approaches|techniques|research|studies|pipelines|paradigms|frameworks|systems|solutions)\b/i, 1],
		[/\b(?:is|are|has become|have become) (?:a|an) (?:core|key|central|fundamental|major|important|powerful|promising)\b/i, 1],
		// "Since the early 1970s the number of X has increased", "Over the past two decades, …": the history the paper starts from.
		[/^(?:since|over|during|throughout|in) (?:the )?(?:early |late |mid-?|past |last )?(?:(?:1[89]|20)\d0s|(?:two|three|four|five|several|few|\d+) (?:years|decades))\b|^since (?:1[89]|20)\d\d\b/i, 1],
		// "Recent studies have shown that …": what others have shown, the state of knowledge the paper starts from.
		[OTHERS_HAVE_SHOWN, 1],
		// "Attempts have been made to improve …", "significant progress has been made in …": the efforts of the field so far, the
		// state the paper starts from.
		[/\b(?:attempts?|efforts?|progress|advances?|strides)\s+(?:has|have)\s+(?:also\s+|already\s+|recently\s+)?been\s+made\b/i, 1],
		// "This is usually done with a lock-in amplifier": how a thing is commonly done, the practice the paper sets out from.
		[/\b(?:is|are) (?:normally|usually|typically|commonly|traditionally|conventionally|routinely) (?:done|performed|carried out|achieved|obtained|measured|estimated|computed|calculated|determined)\b/i, 1],
	],
	approach: [
		// "This research presents …" names the paper's contribution as "this paper presents …" does.
		// "The current study presents five cases", "This technical report introduces X": the paper named with its kind.
		[new RegExp(String.raw`\b(?:${WE}|(?:this|the (?:present|current))(?: technical| pilot| case)? (?:paper|work|study|thesis|article|report|research)|${OUR} (?:paper|work))\s+(?:\w+\s+){0,2}?(?:propos|introduc|present|develop|design|describ)(?:e|es|ed|ing|s)?\b|\bby (?:propos|introduc)ing\b`, 'i'), 3],
		// "We build upon these results to design PCL, which …", "we use these insights to develop a new sampler": what the
		// authors make, reached through the purpose of a first verb (a result the sentence reports needs no "to design").
		[new RegExp(String.raw`\b${WE}\s+(?:\w+\s+){1,5}?to\s+(?:design|develop|devise|propose|introduce|construct)\b`, 'i'), 3],
		[new RegExp(String.raw`\b(?:this|${OUR}) (?:paper|work|study|thesis|article|report|research)\b`, 'i'), 1],
		// What the authors do to their material, in any field: "we use", "we analyse", "we conducted a user
		// study", "we have studied 415 repairs", "we also contribute a benchmark", "we pre-trained X on …", "we instantiate X as …".
		// "we have searched for the 3.55 keV line", "We aim to conduct the first measurement": a search and an aim are what the
		// authors set out to do, whatever the field.
		[new RegExp(String.raw`\b${WE}\s+(?:\w+\s+)?(?:aim|seek|set out|intend)s?\s+to\b|\bto\s+(?:test|determine|assess|examine)\s+(?:whether|if)\b`, 'i'), 1.5],
		[new RegExp(String.raw`\b${WE}\s+(?:\w+\s+)?(?:search|build|construct|formulat|implement|leverag|employ|us|appl|integrat|train|pre-?train|instantiat|defin|combin|extend|select|inject|utiliz|decompos|draw|frame|model|incorporat|collect|curat|adopt|analy[sz]|investigat|examin|assess|compar|test|explor|estimat|comput|calculat|simulat|fit|measur|conduct|contribut|survey|perform|stud|consider|summari[sz])(?:e|es|ed|ing|y|ies|ied|s)?\b`, 'i'), 1],
		// "We generated two datasets", "we fabricated the films by …": the making of the material, told in the past (the present
		// "how can we generate …?" asks the question the paper sets out from).
		[new RegExp(String.raw`\b${WE}\s+(?:\w+ly\s+|also\s+|then\s+|first\s+)?(?:generated|recorded|acquired|prepared|fabricated|synthesi[sz]ed)\b`, 'i'), 1],
		[new RegExp(String.raw`\b(?:${OUR}|the proposed|this) (?:method|approach|framework|model|algorithm|system|architecture|solution|pipeline|technique|procedure)\b`, 'i'), 1],
		[/\b(?:novel|called|named|dubbed|consists? of|is based on|built on|builds (?:up)?on)\b/i, 1],
		// "FooNet uses …", "The method analytically separates …": what the method does, told of it.
		// A tool is told of by its name too, "The TMS reports …", and by what it captures, reports or generates for its users.
		// "Consequently, FooNet produces …", "Based on PPO, FooNet trains …": a connector or the thing it builds on may come first.
		[/^(?:(?:Consequently|Thus|Hence|Specifically|Moreover|Furthermore|Additionally|In addition|Finally|Then|(?:Based|Building) on [^,;]{1,60}),\s+)?(?:It|This|(?:The\s)?[A-Z][\w-]*[A-Z][\w-]*|(?:The|This|Our) (?:[a-z-]+ )?(?:method|approach|technique|procedure|algorithm|framework|model|pipeline|tool|index|system|scheme|design|architecture|module|mechanism|formulation|benchmark|dataset|process))\s+(?:first\s+|then\s+|also\s+|further\s+|\w+ly\s+)?(?:takes|uses|employs|consists|adopts|introduces|formulates|learns|combines|extracts|leverages|integrates|models|grows|trains|builds|layers|optimi[sz]es|decomposes|operates|relies|addresses|tackles|handles|enables|allows|predicts|keeps|replaces|extends|corrects|computes|estimates|separates|transfers|converts|assigns|matches|selects|detects|captures|reports|branches|resumes|generates|produces|represents|simulates|visuali[sz]es|automates|fuses|preserves|aligns|unifies|decouples|encodes|decodes|refines|routes|incorporates|features|includes|comprises|contains|samples|shifts)\b/, 1.5],
		[/\bin this (?:work|paper|review(?: article| paper)?)\b/i, 0.5],
		// "Here we propose …", not "Here we show that …": a finding opened the same way is a result.
		[new RegExp(String.raw`^(?:To (?:address|overcome|tackle|solve|bridge|close|mitigate|remedy|alleviate|fill|this end|do so)|(?:Here|First|Second|Third|Specifically),? (?:we|${I})(?!\s+(?:\w+\s+)?(?:show|find|found|demonstrate|observe|report)\b))\b`), 1.5],
		[new RegExp(String.raw`\b${WE} (?:\w+ )?(?:provide|derive|construct|formulate)\b`, 'i'), 0.5],
		// "I will concentrate on the debate over …", "I will summarize several arguments …": a single author's plan for the essay
		// is what it does ("we will" as often promises a release or tells what readers will notice, and stays out).
		[new RegExp(String.raw`\b${I}\s+will\s+(?!be\b|not\b)[a-z]+`), 1.5],
		// "In this essay I argue that …", "Adopting X's concept, I argue that …": the humanities state their thesis in the first
		// person singular, and the thesis is what the essay sets out to make good, its approach (a finding the author shows or
		// demonstrates is a result).
		[new RegExp(String.raw`\b${I}\s+(?:here\s+|also\s+|further\s+|\w+ly\s+)?(?:argue|contend|maintain|posit|propose|suggest)\s+(?:here\s+)?that\b`), 1.5],
		// "Here we report a simple process for …", "In this study, we report a preliminary analysis …": what the paper reports,
		// named, is its contribution, as "we present" is ("we report that …" is a finding).
		[new RegExp(String.raw`\b${WE}\s+(?:here\s+|also\s+|further\s+)?report\s+(?:a|an)\b`, 'i'), 1.5],
		// "We demonstrate the use of X on two case studies", "… the applicability of the method at a field site": a
		// demonstration of how a thing is put to use is a step of the work; what it can do ("its ability to …") is a result.
		[new RegExp(String.raw`\b${WE}\s+(?:also\s+|further\s+|then\s+|first\s+)?(?:demonstrate|illustrate|showcase)\s+the\s+(?:use|usage|utility|usefulness|applicability|feasibility|flexibility|versatility)\s+of\b`, 'i'), 1.5],
		// "We achieve this by …", "we do so through …": the means of what the sentence before set out, as "This is achieved by …" is.
		[new RegExp(String.raw`\b${WE}\s+(?:achieve|accomplish|do|realize|realise)\s+(?:this|so|it|that)\s+(?:by|through|via|using|with)\b`, 'i'), 1.5],
		// "For evaluation, we establish Persona-MME, a benchmark …", "we established an Enterotype Dysbiosis Score": what the authors
		// set up, as "we build" is; "we establish that …" states a finding and stays out.
		[new RegExp(String.raw`\b${WE}\s+(?:also\s+|further\s+|then\s+|first\s+)?establish(?:es|ed)?\s+(?!that\b)`, 'i'), 1.5],
		// "Beyond the review itself, we contribute two datasets": what the authors contribute, never "contribute to" a field.
		[new RegExp(String.raw`\b${WE}\s+(?:also\s+|further\s+|additionally\s+)?contribute\b(?!\s+to\b)`, 'i'), 1.5],
		// "To support a controlled evaluation, we build a set of …", "To validate the scheme, three cases are computed": a
		// purpose stated first and the authors' step after it, in the first person or the passive, is what the authors do,
		// however much the purpose speaks of evaluating; "To the best of our knowledge", "To date" and a need ("we must", "it is
		// crucial") are no such purpose.
		[PURPOSE_THEN_STEP, 1.5],
		// "ESR measurements were performed to investigate the defects …", "Interviews were carried out to analyse …": a step told in
		// the past passive with the purpose it served is what the authors did, also between two of their results (in the present,
		// "X is performed to estimate …" as often tells the field's practice; "was also used to identify …" may show what a method can do).
		[/\b(?:was|were)\s+(?:also\s+|then\s+|first\s+|further\s+|subsequently\s+)?(?:performed|carried out|conducted|undertaken|employed|applied|done|run)\s+(?:\w+\s+)?to\s+(?:investigate|examine|study|determine|assess|evaluate|identify|quantify|explore|analy[sz]e|characteri[sz]e|measure|estimate|test|compare|probe|obtain)\b/i, 1],
		// "We evaluate X on four benchmarks against …": the setup of an evaluation, told before its outcome,
		// is what the authors do; it outweighs the results cue "evaluate" gives, and an outcome stated in the sentence
		// ("… and show that", a number) still tips it to the results.
		[new RegExp(String.raw`^${WE}\s+(?:\w+ly\s+)?(?:evaluate|benchmark|compare|test)\b`, 'i'), 2],
		// "We close this gap with X", "we address this problem by …", "We address it by …", "Our answer is X": the answer to the gap
		// just stated; "Our key idea is to …",
		// "Building on this, we …": the method's core, and what it builds on the line before.
		[new RegExp(String.raw`\b${WE}\s+(?:\w+ly\s+)?(?:bridge|narrow|close|fill|address|tackle|overcome|solve)\s+(?:this|the|these|such|it|them)\b|^(?:Our|The)\s+(?:core|key|main|central)\s+(?:idea|insight|intuition)\b|^Our\s+(?:answer|solution|response)\s+(?:is|to)\b|^(?:Building|Based)\s+on\s+(?:this|these|our)\b`, 'i'), 1.5],
		// "This paper summarizes the evidence …", "This article reviews …", "The paper discusses how …": the paper as the subject of a
		// verb of reviewing says what it does.
		[/^(?:This|The(?: present)?) (?:paper|review|article|study|survey|work|chapter) (?:also )?(?:surveys|reviews|overviews|summari[sz]es|discusses|describes|outlines|details)\b/i, 1.5],
		// "In this paper, the authors discuss …", "Here, the authors present …", "The author used …": the authors named in the third
		// person, as older journals and some fields write, doing what "we" would do (what they "argue", "note" or "observed" is left
		// to the finding cues).
		[/\bthe authors?\s+(?:also\s+|first\s+|then\s+|further\s+|\w+ly\s+)?(?:present|propos|discuss|describ|introduc|develop|report|review|contrast|address|record|use|used|analy[sz]|examin|investigat|stud|compar|explor|conduct|perform|design|buil|construct|appl|assess|evaluat|survey|interview|collect|model)\w*/i, 1.5],
		// "We further build a corpus …", "We also decompose the error into …": a further thing the authors make or do, told after first
		// results as often as before them (a finding told so, "We also show", is the results cue's).
		[new RegExp(String.raw`^(?:(?:moreover|furthermore|additionally|in addition|finally),?\s+)?${WE}\s+(?:further|also|additionally|furthermore)\s+(?:\w+ly\s+)?(?:derive|organi[sz]e|distinguish|build|construct|design|curate|develop|decompose|integrate|employ|enhance|contribute|describe|introduce|propose|explore|extend|collect|formulate|define|implement)\b`, 'i'), 1.5],
		// "During training, a teacher branch guides the encoder; at inference, only the encoder runs", "Instead of a fixed threshold, X learns …": how the
		// method works in each phase, or what it does in place of the usual way, describes the method.
		// "These gains are enabled by a shared encoder …", "This is achieved through a two-stage …": the means of the method.
		[/\b(?:is|are) (?:enabled|achieved|made possible|realized|realised|accomplished) (?:by|through|via)\b/i, 1.5],
		[/^(?:During (?:training|inference|pre-?training|fine-?tuning|testing)|At (?:inference|test time|training time|inference time)|Instead of|Rather than)\b/i, 1.5],
		// "Unlike prior work that treats preferences as static, X hides …", "Compared with prior approaches, X removes the need for …":
		// the paper's own design set against what others did, how it differs; a measured comparison is the results cues'.
		[/^(?:Unlike|In contrast to|Compared (?:to|with)|Different from|Contrary to) (?:the |most |many )?(?:prior|existing|previous|conventional|traditional|current|earlier|standard)\b/i, 1.5],
		// "The second analysis used a genomic relationship matrix", "The first model includes a fixed line", "The first step is to
		// align …", "The second model is used for …": the enumerated analyses, models or steps of the design, each told by what it
		// used, included or is.
		[/^The (?:first|second|third|fourth|fifth|final|last)(?: \d+)? (?:[a-z-]+ ){0,2}?(?:analys[ie]s|models?|runs?|experiments?|simulations?|methods?|approach(?:es)?|variants?|configurations?|scenarios?|steps?|stages?|phases?) (?:(?:is|are|was|were) (?:used|applied|employed|to [a-z]+|[a-z]+ing)|used|uses|includes?|included|comprises?|comprised|employs?|employed|applies|applied|adds|added)\b/, 1.5],
	],
	results: [
		// "to evaluate", "when evaluating", "is to be evaluated": a purpose or a condition, no evaluation's outcome.
		[/\b(?:experiments?|experimentally|empirically|(?:experimental|empirical) (?:results?|evaluations?|studies|study|analysis|validation)|(?<!\b(?:to|when|be|for) )evaluat\w+)\b/i, 1.5],
		[/\b(?:outperform\w*|surpass\w*|exceed\w*|beats?|state-of-the-art|sota)\b/i, 1.5],
		[NUMERIC_RESULT, NUMERIC_WEIGHT],
		// "the mean number of drainage procedures per patient was 4.2", "the median age was 61": a summary statistic reported.
		[/\b(?:mean|average|median)\s+(?:[\w()-]+\s+){0,10}?(?:was|were)\s+(?:about\s+|approximately\s+)?\d/i, 1.5],
		// "The growth curves were significantly different", "no significant difference", "in close agreement with the
		// measurements": a finding told in the words of a test or a comparison with data, as the field sciences report it.
		[/\bsignificantly (?:different|higher|lower|greater|smaller|larger|associated|correlated|related|increased|decreased|reduced|improved|better|worse)\b|\bno (?:significant |predictable |clear )?(?:effect|difference|pattern|relationship|correlation|association)s?\b|\bin (?:close|good|excellent|reasonable|satisfactory|fair) agreement\b|\bagree[sd]? (?:well|closely)\b/i, 1.5],
		// "(RMSE = 0.10, r = 0.86, p < 0.01)": a statistic given its value reports what a test or a fit found.
		[/\b(?:r|R2|R²|RMSE|MAE|rho|ρ|p|P)\s*[=<>≤≥]\s*-?0?\.\d/, 1.5],
		// "…, concluding that …", "…, demonstrating how …": a step whose outcome the sentence reports.
		[/,\s+(?:concluding|showing|demonstrating|revealing|indicating|suggesting|confirming) (?:that|how)\b/i, 1.5],
		// "predicts streamflow as accurately as …", "almost as accurately as ConSeq": a measured comparison.
		[/\bas \w+ly as\b/i, 1],
		[/\b(?<!as a )(?:results?|findings?|benchmarks?)\b/i, 1],
		[/\b(?:achiev\w+|improv(?:es|ed|ement|ements)|gains?|faster|accuracy|superior|competitive)\b/i, 0.5],
		[new RegExp(String.raw`\b(?:${WE} (?:also |further |empirically |theoretically )?(?:show|find|found|observe|demonstrate|prove)|show that|showed that|highlight(?:s|ed)? that|suggest(?:s|ed)?|indicat(?:e|es|ed)|reveal(?:s|ed)?)\b`, 'i'), 1],
		// "We report that …", "With X, we demonstrated that …": a finding told in the past or as a report is one all the same
		// ("we report a method" tells what the paper presents, `we report a|an` in the approach).
		[new RegExp(String.raw`\b${WE} (?:here |also |further |have )?(?:report|reported|demonstrated|observed|proved|established) that\b`, 'i'), 1],
		// "The analysis revealed critical materials …", "Our results showed that …", "This study identified two groups …": the
		// study's own analysis, data or results as the subject of a verb of showing in the past tell what it found.
		[/^(?:the|our|this|these) (?:[\w-]+ ){0,2}?(?:analys[ie]s|results?|data|study|survey|experiments?|simulations?|measurements?|observations?|evaluations?|comparisons?) (?:\w+ly )?(?:revealed|showed|demonstrated|indicated|suggested|confirmed|identified)\b/i, 1.5],
		// "A black surface was achieved in 30 s", "significant improvements were achieved": what was reached, told in the past, is
		// a result; the means it was reached by ("has been achieved via …", "is achieved through …") is the approach's.
		[/\b(?:was|were|has been|have been) (?:\w+ly |also )?achieved\b(?!\s+(?:by|via|through|using|with)\b)/i, 1],
		[AVAILABILITY, 2],
		// "We present X and we show that …", "We evaluate nine models and find that …": the finding the sentence's step led to, told after it.
		[/\band\s+(?:we\s+)?(?:also\s+|further\s+|then\s+)?(?:show|find|found|prove|demonstrate|observe)s?\s+that\b/i, 1.5],
		// "ICA-AROMA identified motion components …", "Our approach removed spurious noise …": the method
		// as subject in the past tense reports what it did when tested; in the present it is described.
		[/^(?:[A-Z][\w-]*[A-Z][\w-]*|(?:The|This|Our) (?:proposed |new )?(?:method|approach|technique|model|algorithm|framework|pipeline|tool|system|index))\s+(?:\w+ly\s+)?\w+ed\b(?!\s+(?:by|to|on|in|as|from|with|for)\b)/, 1],
	],
};

// The cue table as run: each pattern behind the shared gate, so it runs only on a sentence holding a
// word it requires (`cue-gate.ts`, the words read off the pattern itself).
const GATED_CUES = Object.fromEntries(
	Object.entries(CUES).map(([part, cues]) => [part, cues.map(([cue, weight]) => [cue instanceof RegExp ? textCues.add(cue) : cue, weight] as const)]),
) as Record<Part, (readonly [Cue, number])[]>;

/**
 * Cue score of one sentence for each part, with a mild prior for its position, written at `at` in
 * `scores` (problem, approach, results); whether any cue spoke for a part. Numbers in one typed array,
 * not an object a sentence: the objects' fields took whole numbers or fractions by the sentence,
 * so their shapes kept changing and the summary's compiled code was thrown away again and again.
 */
function partScores(text: string, index: number, count: number, scores: Float64Array, at: number): boolean {
	const position = count > 1 ? index / (count - 1) : 0.5;
	const statement = statementCues(text);
	const problem = cueScore(GATED_CUES.problem, text);
	const approach = cueScore(GATED_CUES.approach, text) + statement.approach;
	const results = cueScore(GATED_CUES.results, text) + statement.results;
	scores[at] = problem + 0.5 * (1 - position);
	scores[at + 1] = approach + 0.25;
	// A step of the procedure states its figures as settings ("used in a 2 × 2 factorial arrangement"): they report no result.
	scores[at + 2] = results + 0.5 * position - (statement.step && NUMERIC_RESULT.test(text) ? NUMERIC_WEIGHT : 0);
	return problem > 0 || approach > 0 || results > 0;
}

/** The summed weights of the cues that match `text`. */
function cueScore(cues: readonly (readonly [Cue, number])[], text: string): number {
	let sum = 0;
	for (let k = 0; k < cues.length; k++) if (cues[k]![0].test(text)) sum += cues[k]![1];
	return sum;
}

const PARTS: Part[] = ['problem', 'approach', 'results'];
/** A part's place in a sentence's three scores. */
const PART_INDEX: Record<Part, number> = { problem: 0, approach: 1, results: 2 };
const PROBLEM = 0;
const APPROACH = 1;
const RESULTS = 2;
// Cost of moving from one part to another between consecutive sentences.
const TRANSITION: number[][] = [
	[0, 0, 0.5], // from problem
	[1.5, 0, 0], // from approach
	[2.5, 2, 0], // from results
];
const ALL_PARTS = 0b111;
const APPROACH_AND_RESULTS = 0b110;
const RESULTS_PART = 0b100;
// "We have searched for …", "(Abridged) We aim to …", "Here we use …", "In this article, we study …", "In this paper, the authors
// discuss …": an abstract that opens with the authors' own work has no background to tell first, and its problem part may stay
// empty (a gap stated later still scores as the problem). "In this work/study, we …" is left out: it as often opens an abstract
// that states its gaps between its steps, and keeps a problem part.
const OPENS_WITH_OWN_WORK = new RegExp(String.raw`^(?:\(abridged\)\s*)?(?:here,?\s+|in this (?:paper|article|note|letter|response|communication),?\s+)?(?:${WE}|the authors?)\s`, 'i');
// "This paper investigates singing interaction by …", "This research paper presents …": the paper as the subject of its own
// verb opens with its work too.
const OPENS_WITH_PAPER = /^(?:this|the present) (?:(?:research|review|case|pilot) )?(?:paper|study|article|work|research) (?:\w+ly )?[a-z]+(?:s|ed)\b/i;
// "Response surface methodology (RSM) was used for the determination of …": a step of the study in the past passive,
// which reports what the authors did.
const PAST = /\b(?:was|were)\b/;
// "We find that units are more likely to …", "We show that reinforcement learning …": an abstract that opens on its finding
// (as finance and economics abstracts often do) tells no background first, and may state no method apart from it.
const OPENS_WITH_FINDING = new RegExp(String.raw`^(?:here,?\s+)?${WE}\s+(?:also\s+|first\s+)?(?:find|show|document|report|demonstrate|observe)\s+that\b`, 'i');
/** Evidence for the results of an opening that states the paper's finding. */
const OPENING_FINDING = 1.5;

/** Whether an abstract opens with the authors' own work, so that it has no background to tell first. */
function opensWithOwnWork(first: string): boolean {
	// "The author reviews …", "This article examines …": the paper or its author inquiring (`own-subject.ts`).
	// "The ecology of X was investigated at three sites", "The life cycle of X is described": the study stated impersonally
	// (`passive-contribution.ts`); "FastTag is a new tagger for …": the paper's own system defined as new (`method-description.ts`);
	// "A method is presented for …": the paper's contribution stated in the passive, as "We present a method for …" states it.
	if (OPENS_WITH_OWN_WORK.test(first) || OPENS_WITH_PAPER.test(first) || opensOnPatient(first) || paperInquires(first) || studiesInOpening(first) || contributesPassively(first) || definesNewName(first)) return true;
	return PAST.test(first) && statementCues(first).approach > 0;
}

// "First, many tests derive their questions from …", "Second, evaluations often ignore …" before the paper first speaks of its own work:
// the items enumerate what is wrong with the state of things, the reasons of the gap, not steps of a method not yet named.
const ENUMERATED = /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|finally|lastly),\s/i;
const OWN_WORK = new RegExp(String.raw`\b(?:${WE}|${OUR}|this (?:paper|work|study|article|survey|review|thesis))\b`, 'i');
const ENUMERATED_BEFORE_OWN_WORK = 1.5;
// "Can unified models imagine the intermediate states?", "What are the obstacles to …?": a question asked before the paper
// first speaks of its own work is what it sets out from; after that it is as often the study's research question.
const QUESTION = /\?\s*$/;
const QUESTION_BEFORE_OWN_WORK = 1;
/** Evidence for the results of a state observed in the plain past after the paper speaks of its own work. */
const PAST_OBSERVATION = 1;
/** Evidence for the approach of a step told in the present perfect passive after the paper speaks of its own work. */
const PERFECT_STEP = 2.5;

const PURPOSE = /^purpose\s?:\s*/i;
/** Evidence for the approach of an opening that defines the paper's own system as new ("FastTag is a new tagger …"). */
const NEW_NAME_DEFINED = 1.5;
/** Evidence for the approach of an opening that states the study in the passive: as much as a passive contribution gets. */
const OPENING_STUDY = 3;
/** Evidence for the results of a sentence with no cue after such an opening: as much as the position prior's range. */
const DESCRIBED_AFTER_STUDY = 0.5;
/** Evidence for the approach of a sentence that states a review's scope (`review-scope.ts`). */
const REVIEW_SCOPE = 1.5;
/** Evidence for the approach of a sentence describing the paper's own method by its parts (`method-description.ts`). */
const OWN_METHOD_DESCRIBED = 1.5;
/** Evidence for the approach of a sentence whose subject is the paper as a law review or a chapter names it (`paper-as-subject.ts`). */
const PAPER_AS_SUBJECT = 1.5;
/** Evidence for the approach of a guideline's recommendation (`guideline-recommendation.ts`). */
const RECOMMENDATION = 2;
/** Evidence for the approach of a case report's presentation, work-up and treatment (`case-narrative.ts`). */
const CASE_TOLD = 2;
/** Evidence for the part of a list's lead-in, given to each later item of the list (`list-items.ts`). */
const LIST_ITEM = 1.5;

// Weight of a section label for its own sentence, and for the unlabelled sentences after it.
const SECTION_LABELLED = 3;
const SECTION_CARRIED = 2;

/**
 * Splits sentences into problem / approach / results, preserving order.
 * With fewer than three sentences a part may be empty.
 */
export function splitSummary(sentences: Span[]): Summary {
	// A publisher's line ("© 2019 Elsevier B.V.") says nothing of the work: it takes no part in the sequence of
	// parts, and goes with the results, after which publishers print it (`publisher-line.ts`).
	const publisher = publisherLines(sentences);
	if (!publisher.includes(true)) return splitWork(sentences);
	const work = splitWork(sentences.filter((_, i) => !publisher[i]));
	const part = new Map<Span, Part>(PARTS.flatMap((p) => work[p].map((s) => [s, p] as const)));
	const summary: Summary = { problem: [], approach: [], results: [] };
	sentences.forEach((sentence, i) => summary[publisher[i] ? 'results' : part.get(sentence)!].push(sentence));
	return summary;
}

/** `splitSummary` of the sentences that state the work. */
function splitWork(sentences: Span[]): Summary {
	const n = sentences.length;
	const summary: Summary = { problem: [], approach: [], results: [] };
	if (n === 0) return summary;
	// scores[i * 3 + part]: sentence i's score for the part; cued[i]: whether a cue spoke for any.
	const scores = new Float64Array(n * 3);
	const cued = new Uint8Array(n);
	for (let i = 0; i < n; i++) cued[i] = partScores(sentences[i]!.text, i, n, scores, i * 3) ? 1 : 0;
	const ownFrom = sentences.findIndex((s) => OWN_WORK.test(s.text));
	for (let i = 1; i < (ownFrom === -1 ? 0 : ownFrom); i++) if (ENUMERATED.test(sentences[i]!.text)) scores[i * 3 + PROBLEM] += ENUMERATED_BEFORE_OWN_WORK;
	for (let i = 0; i < (ownFrom === -1 ? n : ownFrom); i++) if (QUESTION.test(sentences[i]!.text)) scores[i * 3 + PROBLEM] += QUESTION_BEFORE_OWN_WORK;
	// "The ecology of X was investigated at three sites.": the opening states the study, as "We investigated …" would.
	// What follows such an opening with no cue of any part ("Spores germinate in the midgut", "The parasite has a seasonal
	// cycle") is what the study found: descriptive natural history reports its findings in the plain present or past.
	// "FastTag is a new tagger for …": a report that opens by defining its own system as new opens with its work.
	if (definesNewName(sentences[0]!.text)) scores[APPROACH] += NEW_NAME_DEFINED;
	const opensWithFinding = OPENS_WITH_FINDING.test(sentences[0]!.text);
	if (opensWithFinding) scores[RESULTS] += OPENING_FINDING;
	if (studiesInOpening(sentences[0]!.text)) {
		scores[APPROACH] += OPENING_STUDY;
		for (let i = 1; i < n; i++) if (cued[i] === 0) scores[i * 3 + RESULTS] += DESCRIBED_AFTER_STUDY;
	}
	// "We propose X. A gating module fuses …": the method's parts described after the paper names it (`method-description.ts`).
	describesOwnMethod(sentences.map((s) => s.text)).forEach((described, i) => {
		if (described) scores[i * 3 + APPROACH] += OWN_METHOD_DESCRIBED;
	});
	// "Males were active most of the day", "Two genera were paraphyletic": a state observed, told in the plain past after the
	// paper has spoken of its own work, is what it found (`past-observation.ts`); before that it may be history, the background.
	for (let i = ownFrom + 1; ownFrom !== -1 && i < n; i++) if (observesInPast(sentences[i]!.text)) scores[i * 3 + RESULTS] += PAST_OBSERVATION;
	// "Cells have been fabricated on such substrates": a step of the study in the present perfect passive, once the paper has
	// said what it does; before that the same tense tells what others did (`perfect-step.ts`).
	for (let i = ownFrom + 1; ownFrom !== -1 && i < n; i++) if (reportsPerfectStep(sentences[i]!.text)) scores[i * 3 + APPROACH] += PERFECT_STEP;
	// "The Article explains how …", "It also proffers …": the paper as the subject, as law reviews and chapters go on naming it.
	paperAsSubject(sentences.map((s) => s.text)).forEach((acts, i) => {
		if (acts) scores[i * 3 + APPROACH] += PAPER_AS_SUBJECT;
	});
	// "Surgical drainage is indicated in …", "The Group recommends …": a guideline's recommendations are what it sets out.
	const recommends = recommendsAsGuideline(sentences.map((s) => s.text));
	recommends.forEach((recommendation, i) => {
		if (recommendation) scores[i * 3 + APPROACH] += RECOMMENDATION;
	});
	// "The techniques reviewed include …", "… are discussed": a review's scope is its approach (`review-scope.ts`).
	const scope = statesReviewScope(sentences.map((s) => s.text));
	scope.forEach((states, i) => {
		if (states) scores[i * 3 + APPROACH] += REVIEW_SCOPE;
	});
	// A structured abstract's labels outweigh the cues: the authors said which part it is.
	const sections = sectionParts(sentences.map((s) => s.text));
	sections.forEach((mark, i) => {
		if (mark) scores[i * 3 + PART_INDEX[mark.part]] += mark.labelled ? SECTION_LABELLED : SECTION_CARRIED;
	});
	// "A 43-year-old woman was evaluated for …", "Aspiration revealed purulent fluid", "She underwent drainage": a case report's
	// story up to its outcome is its approach, where no heading says so (`case-narrative.ts`).
	tellsCase(sentences.map((s) => s.text)).forEach((told, i) => {
		if (told && !sections[i]) scores[i * 3 + APPROACH] += CASE_TOLD;
	});
	// "(b) Reasoning: It conducts …" after "It integrates three capabilities: (a) …": a list's later items go where the sentence
	// that led into it goes, the part its evidence clearly favours (`list-items.ts`); a lead-in no cue speaks for leaves them be.
	listLeads(sentences.map((s) => s.text)).forEach((lead, i) => {
		if (lead < 0) return;
		const at = lead * 3;
		const part = scores[at + RESULTS]! > scores[at + APPROACH]! ? (scores[at + RESULTS]! > scores[at]! ? RESULTS : PROBLEM) : scores[at + APPROACH]! > scores[at]! ? APPROACH : PROBLEM;
		const others = [PROBLEM, APPROACH, RESULTS].filter((p) => p !== part).map((p) => scores[at + p]!);
		if (scores[at + part]! - Math.max(...others) >= 1) scores[i * 3 + part] += LIST_ITEM;
	});
	// best[i * 24 + state]: best score of labelling sentences [0, i] ending in `state`, where
	// state = part * 8 + mask of parts used so far. Plain arrays, one for all sentences: the two
	// typed arrays made per sentence cost more than the whole search.
	const best: number[] = new Array(n * 24).fill(-Infinity);
	const back: number[] = new Array(n * 24).fill(-1);
	for (let i = 0; i < n; i++) {
		const row = i * 24;
		for (let part = 0; part < 3; part++) {
			const gain = scores[i * 3 + part]!;
			if (i === 0) {
				best[part * 8 + (1 << part)] = gain;
				continue;
			}
			for (let from = 0; from < 24; from++) {
				const previous = best[row - 24 + from]!;
				if (previous === -Infinity) continue;
				const state = part * 8 + ((from & 7) | (1 << part));
				const score = previous + gain - TRANSITION[from >> 3]![part]!;
				if (score > best[row + state]!) {
					best[row + state] = score;
					back[row + state] = from;
				}
			}
		}
	}
	const last = (n - 1) * 24;
	let state = -1;
	// "Objective: To examine …", "Methods: …" as the first label: a structured abstract without a background section has none to
	// tell. A first "Purpose:" holds the background as often as the aim ("Purpose: Falls are common in …"), and keeps it, unless
	// what it holds opens with the authors' own work ("Purpose: The authors study …").
	const purpose = PURPOSE.exec(sentences[0]!.text);
	const opensLabelledApproach =
		sections[0]?.labelled === true && sections[0].part === 'approach' && (!purpose || opensWithOwnWork(sentences[0]!.text.slice(purpose[0].length)));
	let required = opensWithFinding ? RESULTS_PART : opensWithOwnWork(sentences[0]!.text) || opensLabelledApproach ? APPROACH_AND_RESULTS : ALL_PARTS;
	// A review that ends on what it covers ("The techniques reviewed include …") reports no findings: its results may stay empty.
	if (scope[n - 1]) required &= ~RESULTS_PART;
	// A guideline that ends on a recommendation reports no findings either.
	if (recommends[n - 1]) required &= ~RESULTS_PART;
	for (let candidate = 0; candidate < 24; candidate++) {
		if (n >= 3 && (candidate & required) !== required) continue;
		if (state < 0 || best[last + candidate]! > best[last + state]!) state = candidate;
	}
	const labels: Part[] = new Array(n);
	for (let i = n - 1; i >= 0; i--) {
		labels[i] = PARTS[state >> 3]!;
		state = back[i * 24 + state]!;
	}
	sentences.forEach((sentence, i) => summary[labels[i]!].push(sentence));
	return summary;
}
