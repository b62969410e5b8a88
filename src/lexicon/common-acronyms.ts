/**
 * Abbreviations written in capitals that name things, not actors: parts of a computer, money
 * measures, offences, vehicles. "Vexel's new CPUs", "EBITDA rose", "a DWI arrest", "the SUV" name no
 * organisation. Each is lower case, singular; a plural "s" is read off before the lookup.
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  // parts of computers and software
  'cpu', 'gpu', 'ram', 'dram', 'sram', 'asic', 'fpga', 'bios', 'pc', 'nic', 'ip', 'io', 'os', 'ssd', 'hdd', 'usb', 'lan',
  'wan', 'api', 'sdk', 'php', 'html', 'url', 'pdf', 'hpc', 'oem', 'lcd', 'led', 'dvd', 'cd', 'gps', 'wifi', 'soc',
  // money and business
  'ebitda', 'gdp', 'ipo', 'eps', 'roi', 'vat', 'etf', 'atm', 'm&a',
  // offences, vehicles, medicine
  'dwi', 'dui', 'suv', 'atv', 'rv', 'dna', 'rna', 'hiv', 'icu', 'er', 'cpr', 'mri',
]);

/** "CPU", "CPUs", "GPU's": an abbreviation of a thing (see COMMON_ACRONYMS). */
export function isCommonAcronym(text: string): boolean {
  if (!/^\p{Lu}[\p{Lu}&]+s?(?:['’]s)?$/u.test(text)) return false;
  const bare = text.toLowerCase().replace(/['’]s$/u, '');
  return COMMON_ACRONYMS.has(bare) || (bare.endsWith('s') && COMMON_ACRONYMS.has(bare.slice(0, -1)));
}
