import type { Command, Option } from 'commander';

/**
 * Shell completion scripts, generated from the program itself, so they never fall behind its
 * commands and options: `summit-facts completion bash >> ~/.bashrc`, or for zsh
 * `summit-facts completion zsh > "${fpath[1]}/_summit-facts"`.
 */
export function completionScript(shell: string, program: Command): string | null {
  const commands = program.commands.filter((c) => c.name() !== 'help');
  if (shell === 'bash') return bash(commands);
  if (shell === 'zsh') return zsh(commands);
  return null;
}

const flags = (o: Option): string[] => [o.short, o.long].filter((f): f is string => Boolean(f));
/** Options that take a file or folder, completed as paths. */
const takesPath = (o: Option): boolean => /<(file|dir|sources\.\.\.)>/.test(o.flags);
const quote = (s: string): string => s.replace(/'/g, "'\\''");

function bash(commands: readonly Command[]): string {
  const formats = commands.flatMap((c) => c.options.filter((o) => o.argChoices).map((o) => `      ${c.name()}) COMPREPLY=( $(compgen -W '${o.argChoices!.join(' ')}' -- "$cur") ) ;;`));
  const paths = [...new Set(commands.flatMap((c) => c.options.filter(takesPath).flatMap(flags)))];
  const options = commands.map((c) => `    ${c.name()}) opts='${[...c.options.flatMap(flags), '--help'].join(' ')}' ;;`);
  return `# summit-facts completion for bash. Load it with: eval "$(summit-facts completion bash)", or add that line to ~/.bashrc.
_summit_facts() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="\${COMP_WORDS[1]}" opts=''
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W '${commands.map((c) => c.name()).join(' ')} help --help --version' -- "$cur") )
    return
  fi
  case "$prev" in
    -f|--format)
      case "$cmd" in
${formats.join('\n')}
      esac
      return ;;
    ${paths.join('|')})
      COMPREPLY=( $(compgen -f -- "$cur") )
      return ;;
  esac
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${options.join('\n')}
    esac
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
    return
  fi
  COMPREPLY=( $(compgen -f -- "$cur") )
}
complete -o filenames -F _summit_facts summit-facts
`;
}

function zsh(commands: readonly Command[]): string {
  const spec = (o: Option): string[] => {
    const help = quote(o.description.replace(/[[\]]/g, ''));
    const value = o.argChoices ? `:value:(${o.argChoices.join(' ')})` : takesPath(o) ? ':path:_files' : o.required || o.optional ? ':value:' : '';
    return flags(o).map((f) => `'${f}[${help}]${value}'`);
  };
  const cases = commands.map((c) => `    ${c.name()}) _arguments ${[...c.options.flatMap(spec), "'*:file:_files'"].join(' ')} ;;`);
  return `#compdef summit-facts
# summit-facts completion for zsh. Save it as _summit-facts in a folder of $fpath, or: eval "$(summit-facts completion zsh)"
_summit_facts() {
  local -a commands
  commands=(${commands.map((c) => `'${c.name()}:${quote(c.description().replace(/:/g, '\\:'))}'`).join(' ')})
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  local cmd=$words[2]
  shift words
  (( CURRENT-- ))
  case $cmd in
${cases.join('\n')}
  esac
}
compdef _summit_facts summit-facts
`;
}
