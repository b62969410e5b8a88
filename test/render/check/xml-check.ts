/**
 * A tiny well-formedness checker (no XML library is installed): one root,
 * balanced and properly nested tags, quoted attributes, no duplicate
 * attributes, and `&` only in the five predefined entities or character
 * references. Returns the problems found; [] means well-formed.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  while (rest.length) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    if (entity.test(text)) problems.push(`bad & in text: ${text.slice(0, 40)}`);
    if (text.includes('>')) problems.push(`raw > in text: ${text.slice(0, 40)}`);
    if (stack.length === 0 && text.trim()) problems.push(`text outside the root: ${text.slice(0, 40)}`);
    if (lt < 0) break;
    const gt = rest.indexOf('>', lt);
    if (gt < 0) { problems.push('unterminated tag'); break; }
    const tag = rest.slice(lt + 1, gt);
    rest = rest.slice(gt + 1);
    const close = /^\/([A-Za-z_][\w.-]*)\s*$/.exec(tag);
    if (close) {
      const open = stack.pop();
      if (open !== close[1]) problems.push(`</${close[1]}> closes <${open}>`);
      continue;
    }
    const m = /^([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)$/.exec(tag);
    if (!m) { problems.push(`malformed tag <${tag.slice(0, 40)}>`); continue; }
    const names = [...m[2]!.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)];
    if (new Set(names.map((n) => n[1])).size !== names.length) problems.push(`duplicate attribute in <${m[1]}>`);
    for (const n of names) if (entity.test(n[2]!)) problems.push(`bad & in attribute ${n[1]}`);
    if (stack.length === 0) roots++;
    if (!m[3]) stack.push(m[1]!);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return problems;
}
