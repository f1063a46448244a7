// How CommonMark's HTML blocks start (and the long ones end), for the scans that follow the
// block structure without a parser: the slicer, and the parse stage's simple-block reader.
/** Starts of HTML blocks that run to an end marker, across blank lines (CommonMark kinds 1 to 5), and their end. */
export const LONG_HTML = /^ {0,3}(?:(<!--)|(<\?)|(<![A-Za-z])|(<!\[CDATA\[)|<(script|pre|style|textarea)(?=[ \t>]|$))/i;
export const LONG_HTML_IN_CONTAINER = /^[ \t]*(?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])[ \t]+)+(?:<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<(?:script|pre|style|textarea)(?=[ \t>]|$))/i;
export const LONG_HTML_END: readonly RegExp[] = [/-->/, /\?>/, />/, /\]\]>/, /<\/(?:script|pre|style|textarea)>/i];
/** HTML blocks of kinds 6 (block-level tags) and 7 (one complete tag alone on its line): they run to a blank line. */
export const BLOCK_HTML =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
export const TAG_LINE =
  /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;
