/**
 * The cues of the approach part (`summary-cues.ts`): what the paper proposes, builds, uses and does, and the step a stated
 * purpose is reached by, each with its weight.
 */
import type { WeightedCue } from './cue-gate.ts';
import { I, OUR, WE } from './first-person.ts';

// "(Furthermore,) (in order) to <verb> …, we <verb> …", "…, X is|are <participle> …" or "…, the study utilizes …": the step a
// stated purpose is reached by, the paper as its subject as well as the authors (a finding it shows is no step, nor is a
// release of code or weights, "To push the frontier of open-source TTS, we release our model weights", which is
// availability; a named dataset released may be the contribution, and stays a step).
const PURPOSE_THEN_STEP = new RegExp(
	String.raw`^(?:(?:furthermore|moreover|finally|in addition|additionally|then|next|also),?\s+)?(?:in order\s+)?to\s+(?!the\s+best\b|date\b|this\s+end\b|that\s+end\b)(?:further\s+|\w+ly\s+)?[a-z]+\b[^,;]{0,160},\s+(?:${WE}\s+(?:also\s+|further\s+|first\s+|then\s+|\w+ly\s+)?(?!must\b|should\b|need\b|conclude\b|find\b|found\b|show\b|showed\b|observe\b|observed\b|demonstrate\b|prove\b|proved\b|recommend\b|release\s+(?:our|the|all)\s+(?:[\w-]+\s+){0,2}?(?:code|weights|models?|checkpoints?|implementation)\b)[a-z]+|(?!it\s)[^,;]{1,160}?\s(?:is|are|was|were)\s+(?:\w+ly\s+)?[a-z]+ed\b|(?:this|the|our)\s+(?:present\s+|current\s+)?(?:study|paper|research|article|work|analysis)\s+(?:also\s+|first\s+|then\s+|\w+ly\s+)?(?!shows\b|finds\b|found\b|showed\b|demonstrates\b|reveals\b|suggests\b|concludes\b|confirms\b|indicates\b|argues\b|states\b|expects\b|contends\b|maintains\b|holds\b|believes\b)[a-z]+s\b)`,
	'i',
);

// "… to address this limitation", "…, overcoming the static-scene limitations of prior methods", "… that circumvents this
// limitation": a gap word as the object of a verb that answers it, in the infinitive of purpose, a participle or a relative
// clause. Told in the perfect ("has been shown to overcome this challenge", "To address this issue, X has been proposed") it is
// others' answer, the state of things.
const GAP_WORD = /limitation|problem|issue|bottleneck|challenge|drawback|shortcoming/i;
const ANSWERS_GAP =
	/(?:\bto\s+(?:address|overcome|alleviate|mitigate|tackle|resolve|remedy|circumvent|bypass)|,\s+(?:\w+ly\s+)?(?:address|overcom|alleviat|mitigat|tackl|resolv|remedy|circumvent|bypass)ing|\b(?:which|that)\s+(?:address|overcome|alleviate|mitigate|tackle|resolve|remedie|circumvent|bypasse)s)\s+(?:this|these|the|such|its|their|those|existing|prior|previous)\b[^.;]{0,60}?\b(?:limitations?|problems?|issues?|bottlenecks?|challenges?|drawbacks?|shortcomings?)\b/i;

/** The approach part's cues, in the order they are tried. */
export const APPROACH_CUES: WeightedCue[] = [
	// "This research presents …" names the paper's contribution as "this paper presents …" does.
	// "The current study presents five cases", "This technical report introduces X": the paper named with its kind.
	// "This contribution presents a multi-resolution approach …": conference papers name themselves a contribution.
	[new RegExp(String.raw`\b(?:${WE}|(?:this|the (?:present|current))(?: technical| pilot| case)? (?:paper|work|study|thesis|article|report|research|contribution)|${OUR} (?:paper|work))\s+(?:\w+\s+){0,2}?(?:propos|introduc|present|develop|design|describ)(?:e|es|ed|ing|s)?\b|\bby (?:propos|introduc)ing\b`, 'i'), 3],
	// "We build upon these results to design PCL, which …", "we use these insights to develop a new sampler": what the
	// authors make, reached through the purpose of a first verb (a result the sentence reports needs no "to design").
	// "We advise policymakers to develop …" tells others what to make: a recommendation, no making of the authors'.
	[new RegExp(String.raw`\b${WE}\s+(?!(?:\w+ly\s+)?(?:advise|recommend|urge|encourage|invite|call)\b)(?:\w+\s+){1,5}?to\s+(?:design|develop|devise|propose|introduce|construct)\b`, 'i'), 3],
	[new RegExp(String.raw`\b(?:this|${OUR}) (?:paper|work|study|thesis|article|report|research)\b`, 'i'), 1],
	// What the authors do to their material, in any field: "we use", "we analyse", "we conducted a user
	// study", "we have studied 415 repairs", "we also contribute a benchmark", "we pre-trained X on …", "we instantiate X as …".
	// "We characterized the microbial communities by 16S rRNA sequencing", "We formalize X as …": describing material and
	// stating a thing formally are the authors' work too; so is "We synthesize the literature on …", a synthesis of what is
	// known, as much as a chemist's synthesis.
	// "we have searched for the 3.55 keV line", "We aim to conduct the first measurement", "(The) authors intend to comprehend
	// …": a search and an aim are what the authors set out to do, whatever the field and the person they write in.
	[new RegExp(String.raw`\b(?:${WE}|(?:the\s+)?authors?)\s+(?:\w+\s+)?(?:aim|seek|set out|intend)s?\s+to\b|\bto\s+(?:test|determine|assess|examine)\s+(?:whether|if)\b`, 'i'), 1.5],
	[new RegExp(String.raw`\b${WE}\s+(?:\w+\s+)?(?:search|build|construct|formulat|synthesi[sz]|implement|leverag|employ|us|appl|integrat|train|pre-?train|instantiat|defin|combin|extend|select|inject|utiliz|decompos|draw|frame|model|incorporat|collect|curat|adopt|analy[sz]|investigat|examin|assess|compar|test|explor|estimat|comput|calculat|simulat|fit|measur|conduct|contribut|survey|perform|stud|consider|summari[sz]|characteri[sz]|formali[sz])(?:e|es|ed|ing|y|ies|ied|s)?\b`, 'i'), 1],
	// "We convert trajectories into step-level supervision", "we replace the sum with a union", "We interviewed 30 managers", "we
	// annotate 2,000 pairs", "We map each entity to …": more of what the authors do to their material, in any field, that the
	// list above lacked.
	[new RegExp(String.raw`\b${WE}\s+(?:\w+\s+)?(?:convert|transform|reformulat|recast|replac|organi[sz]|trac|isolat|pair|coupl|augment|distill|annotat|label|encod|sampl|interview|recruit|cod|map|adapt|creat|reframe|revisit|rethink|target|follow|specif|quantif|solv|optimi[sz]|fine-?tun|distinguish|categori[sz]|classif|cluster|rank|filter)(?:e|es|ed|ing|s|ies|ied|y)?\b`, 'i'), 1],
	// "We review the current state of …", "we outline the applications of …", "Finally, we discuss the challenges …": what the
	// authors go through in the paper is their work, as a review's scope in the passive is (`review-scope.ts`).
	// "we have included a discussion on methods for …" is a discussion the authors give, as "we discuss" is.
	[new RegExp(String.raw`\b${WE}\s+(?:also\s+|further\s+|then\s+|finally\s+|briefly\s+)?(?:discuss|outline|review)\b|\b${WE}\s+(?:have\s+)?(?:also\s+)?includ(?:e|ed)\s+(?:a\s+)?(?:brief\s+|short\s+)?(?:discussion|review|overview|summary)\b`, 'i'), 1],
	// "We generated two datasets", "we fabricated the films by …", "We have built a proof-of-concept implementation", "We have
	// collected a benchmark of 40 buggy models": the making of the material, told in the past or the perfect (the present
	// "how can we generate …?" asks the question the paper sets out from).
	[new RegExp(String.raw`\b${WE}\s+(?:have\s+)?(?:\w+ly\s+|also\s+|then\s+|first\s+)?(?:generated|recorded|acquired|prepared|fabricated|synthesi[sz]ed|built|collected|compiled|assembled|curated|implemented|constructed)\b`, 'i'), 1],
	[new RegExp(String.raw`\b(?:${OUR}|the proposed|this) (?:method|approach|framework|model|algorithm|system|architecture|solution|pipeline|technique|procedure)\b`, 'i'), 1],
	[/\b(?:novel|called|named|dubbed|consists? of|is based on|built on|builds (?:up)?on)\b/i, 1],
	// "FooNet uses …", "The method analytically separates …": what the method does, told of it.
	// A tool is told of by its name too, "The TMS reports …", and by what it captures, reports or generates for its users.
	// "Consequently, FooNet produces …", "Based on PPO, FooNet trains …", "Leveraging browser automation, it performs human-like
	// testing …": a connector, the thing it builds on or the means it leverages may come first ("it performs well" is how it did).
	// "Atlas 2.0 shifts from …": a name with its version number is a system's name, however few its capitals.
	// "This strategy enables the synthesis of …", "The protocol introduces …": a method named by its strategy, protocol or paradigm.
	[/^(?:(?:Consequently|Thus|Hence|Specifically|Moreover|Furthermore|Additionally|In addition|Finally|Then|(?:Based|Building) on [^,;]{1,60}|Leveraging [^,;]{1,60}),\s+)?(?:It|(?<=,\s+)it|This|(?:The\s)?[A-Z][\w-]*[A-Z][\w-]*|[A-Z][\w-]*\s\d+(?:\.\d+)+|(?:The|This|Our) (?:[a-z-]+ )?(?:method|approach|technique|procedure|algorithm|framework|model|pipeline|tool|index|system|scheme|design|architecture|module|mechanism|formulation|benchmark|dataset|process|protocol|strategy|paradigm))\s+(?:first\s+|then\s+|also\s+|further\s+|\w+ly\s+)?(?:takes|uses|employs|consists|adopts|introduces|formulates|learns|combines|extracts|leverages|integrates|models|grows|trains|builds|layers|optimi[sz]es|decomposes|operates|relies|addresses|tackles|handles|enables|allows|predicts|keeps|replaces|extends|corrects|computes|estimates|separates|transfers|converts|assigns|matches|selects|detects|captures|reports|branches|resumes|generates|produces|represents|simulates|visuali[sz]es|automates|fuses|preserves|aligns|unifies|decouples|encodes|decodes|refines|routes|incorporates|features|includes|comprises|contains|samples|shifts|couples|pairs|equips|augments|maintains|interleaves|orchestrates|wraps|treats|exploits|distills|conditions|injects|attaches|applies|performs(?!\s+(?:well|better|best|worse|poorly|comparably|competitively|favou?rably|strongly|robustly|on par|similarly)\b))\b/, 1.5],
	// "The framework also provides minimal recipes for …", "BEDTools also supports the comparison of …", "The platform further
	// offers a plug-in library": a further feature of the paper's system, told after its first, describes it; without "also"
	// or "further" what a thing provides or offers is as often its worth, a result.
	[/^(?:(?:The\s)?[A-Z][\w-]*[A-Z][\w-]*|(?:The|This|Our) (?:[a-z-]+ )?(?:method|approach|technique|algorithm|framework|model|pipeline|tool|system|architecture|module|benchmark|dataset|library|package|platform|toolkit|software|interface|server|database))\s+(?:also|further|additionally)\s+(?:provides|offers|supports|exposes|includes|ships)\b/, 1.5],
	// "Our construction employs a filtration pipeline …", "Our training recipe consists of two stages": whatever the authors call
	// their own making, what it uses or is made of describes it ("Our method successfully combines …" tells how well, and stays out).
	[/^Our\s+(?:(?![a-z]+ly\s)[a-z-]+\s+){1,2}?(?:uses|employs|adopts|leverages|utili[sz]es|relies|combines|integrates|builds|consists|comprises|draws|applies|extends)\b/, 1.5],
	// "Agent-World has two main components: (1) …", "EasyVideoR1 makes the following contributions: (1) …", "WorldMark contributes:
	// (1) …": the parts of the paper's own making, listed after a colon, describe it; what they go on to do is not yet a result.
	[/\b(?:has|have|comprises?|consists? of|makes?)\s+(?:the\s+following|two|three|four|five|several)\s+(?:[a-z-]+\s+)?(?:components|modules|stages|contributions|parts|phases|elements|innovations)\s*:|\bcontributes\s*:/i, 1.5],
	// "Our main contributions are: (i) RPKB, a curated knowledge base …, (ii) …": the paper's contributions listed, each a thing it
	// made, however many figures describe them; what they then achieve is told after.
	[/^(?:Our|The)\s+(?:(?:main|key|primary|principal|major|core)\s+)?(?:(?:two|three|four|five)\s+)?contributions\s+(?:of\s+(?:this|the)\s+(?:paper|work)\s+)?(?:are|include)\b(?:\s+as\s+follows)?\s*:/i, 2],
	// "With dLLM, users can reproduce, finetune and evaluate …", "Users can define key properties of …": what the users of the
	// paper's tool can do with it describes the tool.
	[/^(?:With [^,;]{1,60},\s+)?(?:users|researchers|developers|practitioners|analysts)\s+can\b/i, 1.5],
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
	// "In the present study we report how the modification of X improves …": how a thing works, reported, is the study too.
	[new RegExp(String.raw`\b${WE}\s+(?:here\s+|also\s+|further\s+)?report\s+(?:a|an|how)\b`, 'i'), 1.5],
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
	// crucial") are no such purpose, and a proof the purpose calls for ("To explain this gap, we prove that …") is a finding.
	[PURPOSE_THEN_STEP, 1.5],
	// "ESR measurements were performed to investigate the defects …", "Interviews were carried out to analyse …", "XRD and TGA
	// characterizations were carried out to confirm the successful preparation of the samples": a step told in
	// the past passive with the purpose it served is what the authors did, also between two of their results (in the present,
	// "X is performed to estimate …" as often tells the field's practice; "was also used to identify …" may show what a method can do).
	[/\b(?:was|were)\s+(?:also\s+|then\s+|first\s+|further\s+|subsequently\s+)?(?:performed|carried out|conducted|undertaken|employed|applied|done|run)\s+(?:\w+\s+)?to\s+(?:investigate|examine|study|determine|assess|evaluate|identify|quantify|explore|analy[sz]e|characteri[sz]e|measure|estimate|test|compare|probe|obtain|confirm|verify)\b/i, 1],
	// "Firm age will be positively related to risk taking", "there will be positive relationships between …", "such relationships
	// will be moderated by …": a hypothesis, stated as what the study expects before it is tested, is part of the design.
	[/\bwill\s+be\s+(?:(?:positively|negatively|significantly|strongly|inversely)\s+)?(?:related|associated|correlated|moderated|mediated)\s+(?:to|with|by)\b|\bthere will be (?:a |an )?(?:positive|negative|significant|inverse)\s+(?:\w+\s+)?(?:relationships?|associations?|correlations?|effects?)\b/i, 1.5],
	// "We evaluate X on four benchmarks against …", "Using this benchmark, we assess …", "Additionally, we compare two models
	// with …", "We conduct extensive evaluation on 14 benchmarks", "We conduct exhaustive evaluations spanning 10 benchmarks", "Beyond quantitative scores, we conduct rigorous analyses and ablations to expose …", "We
	// validate X through RL training on four task families" (not "…, demonstrating …"), "We evaluated the model in terms of robustness …": the setup
	// of an evaluation, in the present or the past, told before its outcome or as a further step after it,
	// is what the authors do; it outweighs the results cue "evaluate" gives, and an outcome stated in the sentence
	// ("… and show that", a number) still tips it to the results.
	[new RegExp(String.raw`^(?:(?:Additionally|Moreover|Furthermore|Finally|In addition|Lastly),?\s+)?(?:(?:Using|With|On|Across|Through|Leveraging) (?:this|these|the|our) [^,;]{1,60},\s+|Beyond [^,;]{1,60},\s+)?${WE}\s+(?:\w+ly\s+)?(?:evaluated?|benchmark|compared?|test(?:ed)?|assess(?:ed)?|validated?\s+[^,;.]{1,60}?\s+(?:through|via|by|on|across)\b(?![^.;]*\b(?:demonstrat|show|achiev|reveal|confirm|outperform|improv|yield)\w*)|(?:conduct|perform)\s+(?:\w+\s+)?(?:experiments|evaluations?|analyses|ablations)(?:\s+and\s+(?:\w+\s+)?(?:analyses|ablations|experiments))?\s+(?:on|under|across|over|spanning|covering|to)\b)\b`, 'i'), 2],
	// "We close this gap with X", "we address this problem by …", "We address it by …", "… and address it with X", "Our answer
	// is X": the answer to the gap just stated; "Our key idea is to …", "Building on this, we …": the method's core, and what
	// it builds on the line before.
	[new RegExp(String.raw`\b${WE}\s+(?:\w+ly\s+)?(?:bridge|narrow|close|fill|address|tackle|overcome|solve)\s+(?:this|the|these|such|it|them)\b|\band\s+(?:bridge|narrow|close|fill|address|tackle|overcome|solve)\s+(?:it|this|them)\s+(?:with|by|via|through|using)\b|^(?:Our|The)\s+(?:core|key|main|central)\s+(?:idea|insight|intuition)\b|^Our\s+(?:answer|solution|response)\s+(?:is|to)\b|^(?:Building|Based)\s+on\s+(?:this|these|our)\b`, 'i'), 1.5],
	// "… to address this limitation": a gap word as the object of a verb that answers it tells what the paper's work does about
	// the gap, not the gap itself (its word still counts for the problem, which this outweighs).
	[{ test: (text) => GAP_WORD.test(text) && ANSWERS_GAP.test(text) && !/\b(?:has|have) been\b/i.test(text) }, 1.5],
	// "This paper summarizes the evidence …", "This article reviews …", "The paper discusses how …": the paper as the subject of a
	// verb of reviewing says what it does.
	[/^(?:This|The(?: present)?) (?:paper|review|article|study|survey|work|chapter) (?:also )?(?:surveys|reviews|overviews|summari[sz]es|discusses|describes|outlines|details)\b/i, 1.5],
	// "This review provides a comprehensive introduction into …", "This practical manual gives the reader a toolbox …": what a
	// review or a book provides is what it does ("This study provides evidence that …" reports a finding, and stays out).
	[/^(?:This|The(?: present)?) (?:[a-z]+ )?(?:review|chapter|book|manual|handbook|textbook|tutorial|primer|volume) (?:also )?(?:provides|gives|offers|covers)\b/i, 1.5],
	// "These issues motivated us to write a short review of …", "This gap led us to develop …": the problem just stated as the
	// cause of what the authors do, which the sentence tells ("led us to conclude that …" is a finding).
	[/^(?:this|these|such|those)\s+(?:[\w-]+\s+){0,3}?(?:motivated|prompted|led|inspired|encouraged|drove)\s+us\s+to\s+(?!(?:believe|think|conclude|expect|suspect|hypothesi[sz]e|suggest|assume)\b)[a-z]+/i, 1.5],
	// "In this paper, the authors discuss …", "Here, the authors present …", "The author used …": the authors named in the third
	// person, as older journals and some fields write, doing what "we" would do (what they "argue", "note" or "observed" is left
	// to the finding cues).
	[/\bthe authors?\s+(?:also\s+|first\s+|then\s+|further\s+|\w+ly\s+)?(?:present|propos|discuss|describ|introduc|develop|report|review|contrast|address|record|use|used|analy[sz]|examin|investigat|stud|compar|explor|conduct|perform|design|buil|construct|appl|assess|evaluat|survey|interview|collect|model)\w*/i, 1.5],
	// "We further build a corpus …", "We also decompose the error into …", "We further refine the patch features …": a further
	// thing the authors make or do, told after first
	// results as often as before them (a finding told so, "We also show", is the results cue's).
	[new RegExp(String.raw`^(?:(?:moreover|furthermore|additionally|in addition|finally),?\s+)?${WE}\s+(?:further|also|additionally|furthermore)\s+(?:\w+ly\s+)?(?:derive|organi[sz]e|distinguish|build|construct|design|curate|develop|decompose|integrate|employ|enhance|contribute|describe|introduce|propose|explore|extend|collect|formulate|define|implement|refine|modify|adapt)\b`, 'i'), 1.5],
	// "During training, a teacher branch guides the encoder; at inference, only the encoder runs", "Instead of a fixed threshold, X learns …": how the
	// method works in each phase, or what it does in place of the usual way, describes the method.
	// "These gains are enabled by a shared encoder …", "This is achieved through a two-stage …": the means of the method.
	[/\b(?:is|are) (?:enabled|achieved|made possible|realized|realised|accomplished) (?:by|through|via)\b/i, 1.5],
	[/^(?:During (?:training|inference|pre-?training|fine-?tuning|testing)|At (?:inference|test time|training time|inference time)|Instead of|Rather than)\b/i, 1.5],
	// "Unlike prior work that treats preferences as static, X hides …", "Compared with prior approaches, X removes the need for …":
	// the paper's own design set against what others did, how it differs; a measured comparison is the results cues'.
	[/^(?:Unlike|In contrast to|Compared (?:to|with)|Different from|Contrary to) (?:the |most |many )?(?:prior|existing|previous|conventional|traditional|current|earlier|standard)\b/i, 1.5],
	// "The second analysis used a genomic relationship matrix", "The first model includes a fixed line", "The first step is to
	// align …", "The second model is used for …", "The second stream uses deep learning …": the enumerated analyses, models,
	// steps, streams or modules of the design, each told by what it used, included or is.
	[/^The (?:first|second|third|fourth|fifth|final|last)(?: \d+)? (?:[a-z-]+ ){0,2}?(?:analys[ie]s|models?|runs?|experiments?|simulations?|methods?|approach(?:es)?|variants?|configurations?|scenarios?|steps?|stages?|phases?|streams?|branch(?:es)?|modules?|components?) (?:(?:is|are|was|were) (?:used|applied|employed|to [a-z]+|[a-z]+ing)|used|uses|utili[sz]es|includes?|included|comprises?|comprised|employs?|employed|applies|applied|adds|added)\b/, 1.5],
	// "Additionally, it draws upon interviews with experts …", "The study draws on survey data from 12 countries": the material
	// the study rests on, as "we use data from …" says it. A fronted "Drawing on new archives, the article shows …" leads into
	// what the main clause tells, a finding as often as a step, and is left to it.
	[/\b(?:draws?|drew)\s+(?:up)?on\s+(?:[\w-]+\s+){0,3}?(?:interviews?|surveys?|questionnaires?|data(?:sets?)?|records|documents|archives?|focus groups?|case studies|fieldwork|observations?)\b/i, 1.5],
];
