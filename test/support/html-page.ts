/** The JSON text of a report's data blocks of one name (`result`: the contract, `view`: texts and marks), joined in order. */
export function embeddedText(page: string, name: 'result' | 'view'): string {
  const open = `<script type="application/json" data-sf="${name}">`;
  return page.split(open).slice(1).map((part) => part.slice(0, part.indexOf('</script>'))).join('');
}

export function embeddedJson<T>(page: string, name: 'result' | 'view'): T {
  return JSON.parse(embeddedText(page, name)) as T;
}

/** The page without its data blocks: the markup, the style and the script. */
export const withoutData = (page: string): string => page.replace(/<script type="application\/json" data-sf="\w+">[^<]*<\/script>/g, '');
