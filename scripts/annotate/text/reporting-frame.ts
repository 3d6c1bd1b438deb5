/**
 * "These findings suggest that species turnover diverges from scale invariance, …": the words
 * before "that" only point back at results stated earlier ("these findings" — which?), while the
 * that-clause is a full sentence stating the finding itself. Shown alone, the frame leans on the
 * sentence before; the clause does not, so the TL;DR shows the clause. Only a frame whose subject
 * is a demonstrative is dropped: "Our results show that …" names whose results they are and
 * stands alone as written.
 */

const FRAME =
	/^(?:these|those|such|the above) (?:results?|findings?|data|observations?|analys[ie]s|patterns?|outcomes?|experiments?|simulations?)(?: (?:together|collectively|thus|therefore|also|further|strongly))? (?:suggest|show|indicate|imply|demonstrate|reveal|support|confirm)(?:s|ed)? that\s+/i;

/**
 * The leading demonstrative reporting frame of `text` ("These findings suggest that "), if any.
 *
 * @example reportingFrame('These findings suggest that turnover varies.')?.[0] // 'These findings suggest that '
 * @example reportingFrame('Our findings suggest that turnover varies.') // null
 */
export function reportingFrame(text: string): RegExpExecArray | null {
	return FRAME.exec(text);
}
